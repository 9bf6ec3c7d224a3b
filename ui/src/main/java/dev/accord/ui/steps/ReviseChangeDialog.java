package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** The requester puts a new version of their change on the table; earlier approvals no longer count. */
public class ReviseChangeDialog extends CommandDialog {

    private final UUID projectId;
    private final ChangeRow change;
    private final BigDecimalField budget = new BigDecimalField("New budget");
    private final TextArea scope = new TextArea("New scope");
    private final DatePicker targetDate = new DatePicker("New end date");
    private final TextArea rationale = new TextArea("Why this version");

    public ReviseChangeDialog(UUID projectId, ChangeRow change, CommandGateway commands, CurrentUser currentUser) {
        super(
                "Revise version " + change.version(),
                "Put version " + (change.version() + 1) + " on the table",
                "revise-submit",
                commands,
                currentUser);
        this.projectId = projectId;
        this.change = change;
        budget.setId("revise-budget");
        budget.setValue(
                change.terms().budget() == null ? null : change.terms().budget().amount());
        budget.setVisible(change.kind() == ChangeKind.BUDGET || change.kind() == ChangeKind.INITIAL_BUDGET);
        scope.setValue(change.terms().scope() == null ? "" : change.terms().scope());
        scope.setVisible(change.kind() == ChangeKind.SCOPE);
        targetDate.setValue(change.terms().targetDate());
        targetDate.setVisible(change.kind() == ChangeKind.TIMELINE);
        rationale.setId("revise-rationale");
        add(
                new Paragraph("Approvals of earlier versions will be voided: both sides approve the new version."),
                new FormLayout(budget, scope, targetDate, rationale));
    }

    @Override
    Object command(Actor actor) {
        String currency = change.terms().budget() == null
                ? "EUR"
                : change.terms().budget().currency();
        return new ReviseChange(
                projectId,
                change.changeId(),
                new ChangeTerms(
                        budget.getValue() == null ? null : new Money(budget.getValue(), currency),
                        scope.getValue(),
                        targetDate.getValue()),
                rationale.getValue(),
                actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of("budget.amount", budget, "scope", scope, "targetDate", targetDate, "rationale", rationale);
    }

    @Override
    String doneMessage() {
        return "Version " + (change.version() + 1) + " is on the table";
    }
}
