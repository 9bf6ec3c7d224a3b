package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Calls a joint review of plan against actuals now, rather than waiting for the review policy to make one fall due.
 * Any member may call one for an active or paused project with none open; the ledger refuses anything else.
 */
public class CallReassessmentDialog extends CommandDialog {

    private final UUID projectId;
    private final TextArea reason = new TextArea("Why now");

    public CallReassessmentDialog(ProjectDetail project, CommandGateway commands, CurrentUser user) {
        super("Call a reassessment", "Call it", "call-reassessment-submit", commands, user);
        this.projectId = project.id();
        reason.setId("call-reassessment-reason");
        reason.setWidthFull();
        reason.setPlaceholder("The vendor doubled its prices");
        add(
                new Paragraph("Both sides then give their view of plan against actuals and answer the four questions"
                        + " again; the reassessment ends in continue, adjust or stop, decided jointly."),
                reason);
    }

    @Override
    Object command(Actor actor) {
        return new CallReassessment(projectId, UUID.randomUUID(), reason.getValue(), actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of("reason", reason);
    }

    @Override
    String doneMessage() {
        return "Reassessment called: both sides can now give their view";
    }
}
