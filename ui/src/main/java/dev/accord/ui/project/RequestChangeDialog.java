package dev.accord.ui.project;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Asks both sides to agree to a new budget, scope, end date or a step in the project's life. */
class RequestChangeDialog extends Dialog {

    private final ComboBox<ChangeKind> kind = new ComboBox<>("Kind of change");
    private final BigDecimalField budget = new BigDecimalField("New budget");
    private final TextArea scope = new TextArea("New scope");
    private final DatePicker targetDate = new DatePicker("New end date");
    private final TextArea rationale = new TextArea("Why");

    RequestChangeDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        setHeaderTitle("Request a change to \u201c" + project.title() + "\u201d");
        setWidth("min(36rem, 95vw)");
        kind.setId("change-kind");
        kind.setItems(Arrays.stream(ChangeKind.values())
                .filter(k -> k != ChangeKind.INITIAL_BUDGET && !k.isControl())
                .toList());
        kind.setItemLabelGenerator(Formats::words);
        kind.setRequired(true);
        budget.setId("change-budget");
        budget.setSuffixComponent(new com.vaadin.flow.component.html.Span(
                project.requestedBudget().currency()));
        scope.setId("change-scope");
        targetDate.setId("change-target-date");
        rationale.setId("change-rationale");
        rationale.setRequired(true);
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        showFieldsFor(null);
        FormLayout form = new FormLayout(kind, budget, scope, targetDate, rationale);
        form.setColspan(rationale, 2);
        add(form);

        Button request = new Button("Request", click -> {
            if (kind.getValue() == null) {
                kind.setErrorMessage("Choose what the change is about");
                kind.setInvalid(true);
                return;
            }
            try {
                commands.sendAndWait(new RequestChange(
                        project.id(),
                        UUID.randomUUID(),
                        kind.getValue(),
                        new ChangeTerms(
                                budget.getValue() == null
                                        ? null
                                        : new Money(
                                                budget.getValue(),
                                                project.requestedBudget().currency()),
                                scope.getValue(),
                                targetDate.getValue()),
                        rationale.getValue(),
                        currentUser.actor()));
                Refusals.done("Requested: both sides can now approve it");
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = Map.<String, HasValidation>of(
                                "budget.amount",
                                budget,
                                "budget.currency",
                                budget,
                                "scope",
                                scope,
                                "targetDate",
                                targetDate,
                                "rationale",
                                rationale,
                                "kind",
                                kind)
                        .get(refused.field());
                if (field == null) {
                    Refusals.show(refused.getMessage());
                } else {
                    field.setErrorMessage(refused.getMessage());
                    field.setInvalid(true);
                }
            } catch (RuntimeException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        request.setId("change-submit");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), request);
    }

    private void showFieldsFor(ChangeKind chosen) {
        budget.setVisible(chosen == ChangeKind.BUDGET);
        scope.setVisible(chosen == ChangeKind.SCOPE);
        targetDate.setVisible(chosen == ChangeKind.TIMELINE);
    }
}
