package dev.accord.ui.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Adds a person with a display name, side, role, e-mail address and lead flag, and a first password they must replace. */
class AddPersonDialog extends Dialog {

    AddPersonDialog(CommandGateway commands, CurrentUser currentUser) {
        setHeaderTitle("Add a person");
        TextField username = new TextField("User name");
        username.setId("person-username");
        TextField displayName = new TextField("Display name");
        displayName.setId("person-display-name");
        ComboBox<Side> side = new ComboBox<>("Side");
        side.setId("person-side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);
        ComboBox<Role> role = new ComboBox<>("Role");
        role.setId("person-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Formats::words);
        role.setValue(Role.MEMBER);
        // An administrator acts for no side (four eyes): the server refuses one with a side, so none can be chosen.
        role.addValueChangeListener(change -> {
            side.setEnabled(change.getValue() != Role.ADMIN);
            if (change.getValue() == Role.ADMIN) {
                side.clear();
            }
        });
        TextField email = new TextField("E-mail address");
        email.setId("person-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        Checkbox lead = new Checkbox("Leads their side (CFO, CIO)");
        lead.setId("person-lead");
        PasswordField password = new PasswordField("First password");
        password.setId("person-password");
        password.setHelperText("They must choose their own when they first sign in");
        add(new FormLayout(username, displayName, side, role, email, lead, password));

        Map<String, HasValidation> fields = Map.of(
                "username", username,
                "displayName", displayName,
                "side", side,
                "role", role,
                "email", email,
                "password", password);
        Button add = new Button("Add", click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                commands.sendAndWait(new AddUser(
                        username.getValue(),
                        displayName.getValue(),
                        side.getValue(),
                        role.getValue(),
                        email.getValue(),
                        lead.getValue(),
                        password.getValue(),
                        currentUser.actor()));
                Refusals.done("Added " + displayName.getValue());
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = fields.get(refused.field());
                if (field == null) {
                    Refusals.show(refused.getMessage());
                    return;
                }
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            } catch (RuntimeException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        add.setId("person-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), add);
    }
}
