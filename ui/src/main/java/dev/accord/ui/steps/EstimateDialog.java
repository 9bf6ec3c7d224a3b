package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A side's cost estimate: a new version beside the earlier ones, never over them. */
public class EstimateDialog extends CommandDialog {

    private final UUID projectId;
    private final String currency;
    private final BigDecimalField oneTime = money("One-time cost", "estimate-one-time");
    private final BigDecimalField recurring = money("Recurring cost a year", "estimate-recurring");
    private final IntegerField horizon = new IntegerField("Horizon (years)");
    private final BigDecimalField low = money("Low end of the range", "estimate-low");
    private final BigDecimalField high = money("High end of the range", "estimate-high");
    private final TextArea assumptions = new TextArea("Assumptions");

    public EstimateDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super(
                "Estimate the cost of \u201c" + project.title() + "\u201d",
                "Submit estimate",
                "estimate-submit",
                commands,
                currentUser);
        this.projectId = project.id();
        this.currency = project.requestedBudget().currency();
        horizon.setId("estimate-horizon");
        horizon.setMin(SubmitEstimate.MIN_HORIZON_YEARS);
        horizon.setMax(SubmitEstimate.MAX_HORIZON_YEARS);
        horizon.setValue(5);
        horizon.setStepButtonsVisible(true);
        assumptions.setId("estimate-assumptions");
        FormLayout form = new FormLayout(oneTime, recurring, horizon, low, high, assumptions);
        form.setColspan(assumptions, 2);
        add(form);
    }

    @Override
    Object command(Actor actor) {
        if (horizon.getValue() == null) {
            throw new InvalidInputException("horizonYears", "Give the horizon in years");
        }
        return new SubmitEstimate(
                projectId,
                amount("oneTimeCost", oneTime),
                amount("recurringYearlyCost", recurring),
                horizon.getValue(),
                amount("low", low),
                amount("high", high),
                assumptions.getValue(),
                actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of(
                "oneTimeCost.amount",
                oneTime,
                "recurringYearlyCost.amount",
                recurring,
                "horizonYears",
                horizon,
                "low.amount",
                low,
                "low",
                low,
                "high.amount",
                high,
                "assumptions",
                assumptions);
    }

    @Override
    String doneMessage() {
        return "Estimate submitted";
    }

    private Money amount(String field, BigDecimalField input) {
        BigDecimal value = input.getValue();
        if (value == null) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        return new Money(value, currency);
    }

    static BigDecimalField money(String label, String id) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        return field;
    }
}
