package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A dialog that sends one command of the ledger. The ledger's own rules decide; a refusal that names a field
 * is shown beside that field, any other refusal as a message.
 */
abstract class CommandDialog extends Dialog {

    private final CommandGateway commands;
    private final CurrentUser currentUser;

    CommandDialog(String title, String submitLabel, String submitId, CommandGateway commands, CurrentUser currentUser) {
        this.commands = commands;
        this.currentUser = currentUser;
        setHeaderTitle(title);
        setWidth("min(44rem, 95vw)");
        Button submit = new Button(submitLabel, click -> submit());
        submit.setId(submitId);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), submit);
    }

    /** The command to send, as the signed-in user; may throw InvalidInputException for what it reads itself. */
    abstract Object command(Actor actor);

    /** The fields by the names the ledger uses in its refusals ("spend.amount", "answers[2].rating"). */
    abstract Map<String, HasValidation> fields();

    abstract String doneMessage();

    private void submit() {
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            commands.sendAndWait(command(currentUser.actor()));
            Refusals.done(doneMessage());
            close();
        } catch (InvalidInputException refused) {
            HasValidation field = fields().get(refused.field());
            if (field == null) {
                Refusals.show(refused.getMessage());
            } else {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        } catch (NotPermittedException | ConflictException | NotFoundException refused) {
            Refusals.show(refused.getMessage());
        }
    }
}
