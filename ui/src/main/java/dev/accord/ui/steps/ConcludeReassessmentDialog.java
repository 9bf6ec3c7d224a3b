package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ConcludeReassessment;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Proposes how a reassessment ends once both sides gave their view: continue, adjust (a budget change) or stop (a
 * cancellation). The conclusion is a change: it takes effect when one Finance and one IT member other than the proposer
 * have approved it.
 */
public class ConcludeReassessmentDialog extends CommandDialog {

    private final UUID projectId;
    private final UUID reassessmentId;
    private final String currency;
    private final RadioButtonGroup<ReassessmentOutcome> outcome = new RadioButtonGroup<>("Outcome");
    private final BigDecimalField adjustedBudget = new BigDecimalField("Adjusted budget");
    private final TextArea rationale = new TextArea("Why");

    public ConcludeReassessmentDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super("Conclude the reassessment", "Propose", "reassessment-conclude-submit", commands, currentUser);
        this.projectId = project.id();
        this.reassessmentId = project.openReassessmentId();
        this.currency = project.requestedBudget().currency();
        outcome.setId("reassessment-outcome");
        outcome.setItems(ReassessmentOutcome.values());
        outcome.setItemLabelGenerator(Formats::words);
        outcome.addValueChangeListener(
                change -> adjustedBudget.setVisible(change.getValue() == ReassessmentOutcome.ADJUST));
        adjustedBudget.setId("reassessment-adjusted-budget");
        adjustedBudget.setVisible(false);
        rationale.setId("reassessment-rationale");
        rationale.setWidthFull();
        add(outcome, adjustedBudget, rationale);
    }

    @Override
    Object command(Actor actor) {
        return new ConcludeReassessment(
                projectId,
                reassessmentId,
                UUID.randomUUID(),
                outcome.getValue(),
                outcome.getValue() == ReassessmentOutcome.CONTINUE ? null : UUID.randomUUID(),
                adjustedBudget.getValue() == null ? null : new Money(adjustedBudget.getValue(), currency),
                rationale.getValue(),
                actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of("outcome", outcome, "budget.amount", adjustedBudget, "rationale", rationale);
    }

    @Override
    String doneMessage() {
        return "Conclusion proposed: it takes effect once Finance and IT have approved it";
    }
}
