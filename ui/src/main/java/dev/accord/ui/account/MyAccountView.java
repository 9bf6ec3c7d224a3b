package dev.accord.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.people.api.ChangeEmailAddress;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.FindUser;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A person's own account: who they are in the ledger, their e-mail address (theirs to change), their password. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("My account · Accord")
@PermitAll
public class MyAccountView extends VerticalLayout {

    public MyAccountView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        Actor me = currentUser.actor();
        UserSummary account = queries.query(
                        new FindUser(me.userId()), ResponseTypes.optionalInstanceOf(UserSummary.class))
                .join()
                .orElseThrow();
        TextField email = new TextField("E-mail address");
        email.setId("account-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setWidth("24em");
        email.setHelperText("Where Accord tells you what concerns you");
        email.setValue(account.email() == null ? "" : account.email());
        Button save = new Button("Save address", click -> {
            email.setInvalid(false);
            try {
                commands.sendAndWait(new ChangeEmailAddress(me.userId(), email.getValue(), me));
                Refusals.done("Your e-mail address is saved");
            } catch (InvalidInputException refused) {
                email.setErrorMessage(refused.getMessage());
                email.setInvalid(true);
            } catch (RuntimeException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        save.setId("account-save-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout address = new HorizontalLayout(email, save);
        address.setAlignItems(Alignment.BASELINE);
        Button password = new Button(
                "Change my password", click -> getUI().ifPresent(ui -> ui.navigate(ChoosePasswordView.class)));
        password.setId("account-password");
        add(new H2("My account"), new Paragraph(who(account)), address, password);
    }

    private static String who(UserSummary account) {
        String role = Formats.words(account.role());
        String side = account.side() == null || account.role() != dev.accord.domain.people.api.Role.MEMBER
                ? ""
                : (account.lead() ? ", lead of " : ", ") + account.side().label();
        return account.displayName() + " (" + account.username() + "): " + role + side;
    }
}
