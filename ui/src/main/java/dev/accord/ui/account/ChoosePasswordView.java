package dev.accord.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.people.api.ChoosePassword;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Where someone whose password an administrator set is taken first ({@link ChoosePasswordFirst}), and where anyone
 * may change theirs. Outside the main layout: until the password is one's own there is nothing else to do.
 */
@Route("choose-password")
@PageTitle("Choose your password · Accord")
@PermitAll
public class ChoosePasswordView extends VerticalLayout {

    public ChoosePasswordView(CommandGateway commands, CurrentUser currentUser) {
        setAlignItems(Alignment.CENTER);
        PasswordField current = new PasswordField("Current password");
        current.setId("choose-current-password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setId("choose-new-password");
        chosen.setHelperText("At least 8 characters, different from the current one");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("choose-repeated-password");
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24em");

        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", chosen);
        Button choose = new Button("Choose password", click -> {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage("The two new passwords differ");
                repeated.setInvalid(true);
                return;
            }
            try {
                commands.sendAndWait(new ChoosePassword(current.getValue(), chosen.getValue(), currentUser.actor()));
                Refusals.done("Your password is your own now");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException refused) {
                HasValidation field = fields.getOrDefault(refused.field(), chosen);
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            } catch (RuntimeException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        choose.setId("choose-password");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String why = currentUser.mustChoosePassword()
                ? "An administrator set the password you signed in with. Choose one only you know before you go on."
                : "Choose a new password; other sessions signed in with the old one end.";
        add(new H1("Choose your password"), new Paragraph(why), form, choose);
    }
}
