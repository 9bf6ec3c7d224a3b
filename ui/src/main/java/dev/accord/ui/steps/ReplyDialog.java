package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Replies to one step of the timeline: a comment whose subject is what the step belongs to (its change, estimate,
 * ROI case, assessment, reassessment or comment), shown beneath it in the timeline. The ledger checks the subject is
 * the project's own.
 */
public class ReplyDialog extends CommandDialog {

    private final UUID projectId;
    private final TimelineEntry entry;
    private final TextArea text = new TextArea("Your reply");

    public ReplyDialog(UUID projectId, TimelineEntry entry, CommandGateway commands, CurrentUser currentUser) {
        super("Reply", "Reply", "reply-submit", commands, currentUser);
        this.projectId = projectId;
        this.entry = entry;
        text.setId("reply-text");
        text.setWidthFull();
        Paragraph step = new Paragraph(entry.summary());
        step.setId("reply-to");
        add(step, text);
        text.focus();
    }

    @Override
    Object command(Actor actor) {
        return new AddComment(projectId, UUID.randomUUID(), entry.replyAs(), text.getValue(), actor);
    }

    // A subject that is not there is the step's fault, not the text's: it is shown as a message.
    @Override
    Map<String, HasValidation> fields() {
        return Map.of("text", text);
    }

    @Override
    String doneMessage() {
        return "Reply added beneath the step it answers";
    }
}
