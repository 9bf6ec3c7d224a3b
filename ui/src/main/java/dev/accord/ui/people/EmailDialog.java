package dev.accord.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.people.api.ChangeEmailAddress;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Actor;
import java.util.function.BiPredicate;

/** An administrator gives a person a new e-mail address, or removes it by leaving the field empty. */
class EmailDialog extends Dialog {

    /** The view's way of sending a command: true when the ledger took it, after telling the user either way. */
    interface Act extends BiPredicate<Object, String> {}

    EmailDialog(UserSummary person, Act act, Actor administrator) {
        setHeaderTitle("E-mail address of " + person.displayName());
        TextField email = new TextField("E-mail address");
        email.setId("person-new-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setWidth("24em");
        email.setValue(person.email() == null ? "" : person.email());
        add(email);
        Button save = new Button("Save", click -> {
            if (act.test(
                    new ChangeEmailAddress(person.username(), email.getValue(), administrator),
                    "New e-mail address for " + person.displayName())) {
                close();
            }
        });
        save.setId("person-save-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
