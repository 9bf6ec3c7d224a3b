package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.portfolio.api.RankingFactor;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.RequestRankingWeights;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Proposes the weights a fiscal year's projects are ranked by: one for ROI, NPV and each of the four questions,
 * starting from those in force. Finance and IT both approve before the ranking changes; the ledger's own rules decide
 * what is accepted, and a refusal naming a weight is shown beside it.
 */
class RankingWeightsDialog extends Dialog {

    private final int fiscalYear;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final Map<RankingFactor, IntegerField> weights = new EnumMap<>(RankingFactor.class);
    private final TextArea rationale = new TextArea("Why (optional)");
    private final Span shares = new Span();

    RankingWeightsDialog(int fiscalYear, RankingWeights inForce, CommandGateway commands, CurrentUser currentUser) {
        this.fiscalYear = fiscalYear;
        this.commands = commands;
        this.currentUser = currentUser;
        setHeaderTitle("Propose ranking weights for " + fiscalYear);
        setWidth("min(44rem, 95vw)");
        FormLayout form = new FormLayout();
        for (RankingFactor factor : RankingFactor.values()) {
            IntegerField weight = new IntegerField(factor.label());
            weight.setId("weight-" + factor.field());
            weight.setMin(0);
            weight.setMax(RankingWeights.MAX_WEIGHT);
            weight.setStepButtonsVisible(true);
            weight.setValue(inForce.of(factor));
            if (factor.isAssessment()) {
                weight.setHelperText(factor.question().text());
            }
            weight.addValueChangeListener(change -> showShares());
            weights.put(factor, weight);
            form.add(weight);
        }
        rationale.setId("ranking-weights-rationale");
        rationale.setWidthFull();
        shares.setId("ranking-weights-shares");
        add(
                new Paragraph("Each weight is 0 (left out) to " + RankingWeights.MAX_WEIGHT + "; only their shares "
                        + "count. ROI and NPV are measured against the year's other projects, each question by the "
                        + "mean of both sides' ratings. Finance and IT both approve before the ranking changes."),
                form,
                shares,
                rationale);
        showShares();
        Button submit = new Button("Propose", click -> submit());
        submit.setId("ranking-weights-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), submit);
    }

    /** "ROI 50 % · NPV 25 % · Clear ROI 25 %": what each weight makes of the score. */
    private void showShares() {
        int total = weights.values().stream()
                .mapToInt(field -> field.getValue() == null ? 0 : Math.max(field.getValue(), 0))
                .sum();
        shares.setText(
                total == 0
                        ? "Give at least one weight above 0."
                        : "Share of the score: "
                                + Arrays.stream(RankingFactor.values())
                                        .filter(factor -> value(factor) > 0)
                                        .map(factor ->
                                                factor.label() + " " + Math.round(100.0 * value(factor) / total) + " %")
                                        .collect(Collectors.joining(" \u00b7 ")));
    }

    private int value(RankingFactor factor) {
        Integer value = weights.get(factor).getValue();
        return value == null ? 0 : Math.max(value, 0);
    }

    private void submit() {
        weights.values().forEach(field -> field.setInvalid(false));
        rationale.setInvalid(false);
        for (Map.Entry<RankingFactor, IntegerField> weight : weights.entrySet()) {
            if (weight.getValue().getValue() == null) {
                weight.getValue().setErrorMessage("Give a weight, 0 to leave this part out");
                weight.getValue().setInvalid(true);
                return;
            }
        }
        RankingWeights proposed = new RankingWeights(
                weights.get(RankingFactor.ROI).getValue(),
                weights.get(RankingFactor.NPV).getValue(),
                weights.get(RankingFactor.CLEAR_ROI).getValue(),
                weights.get(RankingFactor.PROCESS_DELIVERY).getValue(),
                weights.get(RankingFactor.LONG_TERM_OBJECTIVES).getValue(),
                weights.get(RankingFactor.COMPETITIVE_ADVANTAGE).getValue());
        try {
            commands.sendAndWait(new RequestRankingWeights(
                    fiscalYear, UUID.randomUUID(), proposed, rationale.getValue(), currentUser.actor()));
            Refusals.done("Ranking weights proposed: they apply once Finance and IT have approved them");
            close();
        } catch (InvalidInputException refused) {
            showBesideItsField(refused);
        } catch (NotPermittedException | ConflictException | NotFoundException refused) {
            Refusals.show(refused.getMessage());
        }
    }

    private void showBesideItsField(InvalidInputException refused) {
        IntegerField weight = Arrays.stream(RankingFactor.values())
                .filter(factor -> ("weights." + factor.field()).equals(refused.field()))
                .map(weights::get)
                .findFirst()
                .orElse(null);
        if (weight != null) {
            weight.setErrorMessage(refused.getMessage());
            weight.setInvalid(true);
        } else if ("rationale".equals(refused.field())) {
            rationale.setErrorMessage(refused.getMessage());
            rationale.setInvalid(true);
        } else {
            Refusals.show(refused.getMessage());
        }
    }
}
