package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A month's spend and the benefits each ROI metric realised, as of a business date. */
public class ActualsDialog extends CommandDialog {

    private final UUID projectId;
    private final String currency;
    private final ComboBox<YearMonth> period = new ComboBox<>("Month");
    private final DatePicker businessDate = new DatePicker("As of (optional)");
    private final BigDecimalField spend = EstimateDialog.money("Spend", "actuals-spend");
    private final List<String> metrics = new ArrayList<>();
    private final List<BigDecimalField> benefits = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ActualsDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super(
                "Actuals of \u201c" + project.title() + "\u201d",
                "Record actuals",
                "actuals-submit",
                commands,
                currentUser);
        this.projectId = project.id();
        this.currency = project.requestedBudget().currency();
        YearMonth now = YearMonth.from(LocalDate.now(ZoneOffset.UTC));
        period.setId("actuals-period");
        period.setItems(IntStream.range(0, 18).mapToObj(now::minusMonths).toList());
        period.setValue(now.minusMonths(1));
        businessDate.setId("actuals-business-date");
        FormLayout form = new FormLayout(period, businessDate, spend);
        fields.put("period", period);
        fields.put("businessDate", businessDate);
        fields.put("spend.amount", spend);
        if (project.roiCase() != null) {
            for (ExpectedBenefit expected : project.roiCase().benefits()) {
                BigDecimalField realised = new BigDecimalField("Realised: " + expected.metric());
                realised.setId("actuals-benefit-" + metrics.size());
                fields.put("benefits[" + metrics.size() + "].amount.amount", realised);
                metrics.add(expected.metric());
                benefits.add(realised);
                form.add(realised);
            }
        }
        add(form);
    }

    @Override
    Object command(Actor actor) {
        if (spend.getValue() == null) {
            throw new InvalidInputException("spend.amount", "How much was spent this month? 0 if nothing");
        }
        List<RealisedBenefit> realised = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (benefits.get(i).getValue() != null) {
                realised.add(new RealisedBenefit(
                        metrics.get(i), new Money(benefits.get(i).getValue(), currency)));
            }
        }
        return new RecordActuals(
                projectId,
                period.getValue(),
                businessDate.getValue(),
                new Money(spend.getValue(), currency),
                realised,
                actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    String doneMessage() {
        return "Actuals recorded";
    }
}
