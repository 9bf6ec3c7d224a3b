package dev.accord.domain.scenario;

import static dev.accord.domain.scenario.Candidates.active;
import static dev.accord.domain.scenario.Candidates.at;
import static dev.accord.domain.scenario.Candidates.completed;
import static dev.accord.domain.scenario.Candidates.eur;
import static dev.accord.domain.scenario.Candidates.plan;
import static dev.accord.domain.scenario.Candidates.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a set of the year's projects comes to: its total, what the budget leaves once the approved projects outside it
 * keep theirs, which projects fit in rank order, and its NPV and ROI from the projects' ROI cases at the year's rate.
 */
class ScenarioEvaluatorTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("10");
    // 400,000 now, 200,000 a year for 3 years: at 10 % its NPV is 97,370.40.
    private static final CashFlowPlan CRM_CASE = plan("400000", "0", "200000", 3);
    private static final CashFlowPlan ERP_CASE = plan("300000", "10000", "150000", 4);
    // 200,000 now, 100,000 a year for 3 years: at 10 % its NPV is 48,685.20.
    private static final CashFlowPlan DATA_CASE = plan("200000", "0", "100000", 3);

    private final ScenarioCandidate crm = proposed(1, "CRM", "400000", CRM_CASE);
    private final ScenarioCandidate erp = active(2, "ERP upgrade", "300000", ERP_CASE);
    private final ScenarioCandidate lab = proposed(3, "Innovation lab", "500000", null);
    private final ScenarioCandidate data = proposed(4, "Data platform", "200000", DATA_CASE);
    private final ScenarioCandidate network = active(5, "Network refresh", "100000", null);
    private final ScenarioCandidate intranet = completed(6, "Intranet", "50000");
    private final List<ScenarioCandidate> year = List.of(crm, erp, lab, data, network, intranet);

    @Test
    void theTotalAndWhatRemainsOnceApprovedProjectsOutsideTheSetKeepTheirs() {
        ScenarioEvaluation evaluation = ScenarioEvaluator.evaluate(
                withBudget("1000000"),
                List.of(at(crm, "400000"), at(erp, "250000"), at(lab, "500000"), at(data, "200000")));

        assertThat(evaluation.heldOutside()).isEqualTo(eur("150000"));
        assertThat(evaluation.total().amount()).isEqualByComparingTo("1350000");
        assertThat(evaluation.remaining().amount()).isEqualByComparingTo("-500000");
    }

    @Test
    void projectsFitInRankOrderAndOneThatDoesNotIsPassedOver() {
        ScenarioEvaluation evaluation = ScenarioEvaluator.evaluate(
                withBudget("1000000"),
                List.of(at(data, "200000"), at(lab, "500000"), at(erp, "250000"), at(crm, "400000")));

        assertThat(evaluation.lines())
                .extracting(ScenarioLine::title)
                .containsExactly("CRM", "ERP upgrade", "Innovation lab", "Data platform");
        // 850,000 is left beside what is held outside: CRM and ERP take 650,000, the lab's 500,000 does not fit
        // in the 200,000 left, and the data platform's 200,000 still does.
        assertThat(evaluation.lines()).extracting(ScenarioLine::fits).containsExactly(true, true, false, true);
        assertThat(evaluation.notFitting()).extracting(ScenarioLine::title).containsExactly("Innovation lab");
        assertThat(evaluation.fittingTotal().amount()).isEqualByComparingTo("850000");
    }

    @Test
    void withoutAYearBudgetEverythingFitsAndNothingRemainsToSay() {
        ScenarioEvaluation evaluation =
                ScenarioEvaluator.evaluate(withBudget(null), List.of(at(lab, "500000"), at(data, "9000000")));

        assertThat(evaluation.lines()).allMatch(ScenarioLine::fits);
        assertThat(evaluation.remaining()).isNull();
    }

    @Test
    void theSetsNpvAndRoiAreItsRoiCasesTakenTogetherAtTheYearsRate() {
        ScenarioEvaluation evaluation =
                ScenarioEvaluator.evaluate(withBudget("1000000"), List.of(at(crm, "400000"), at(data, "200000")));

        assertThat(evaluation.lines())
                .extracting(ScenarioLine::npv)
                .containsExactly(new BigDecimal("97370.40"), new BigDecimal("48685.20"));
        // 600,000 now and 300,000 a year for 3 years: 300,000 × 2.4868520 − 600,000.
        assertThat(evaluation.figures().npv()).isEqualByComparingTo("146055.60");
        // 900,000 of benefits on 600,000 of costs.
        assertThat(evaluation.figures().roiPercent()).isEqualByComparingTo("50.00");
        assertThat(evaluation.discountRatePercent()).isEqualByComparingTo(TEN_PERCENT);
    }

    @Test
    void anAdjustedAmountTakesTheProjectsCaseProRata() {
        ScenarioEvaluation evaluation = ScenarioEvaluator.evaluate(withBudget("1000000"), List.of(at(erp, "150000")));

        ScenarioLine line = evaluation.lines().get(0);
        var ownFigures = RoiCalculator.figuresFor(ERP_CASE, TEN_PERCENT);
        // Half the money, half the case: its NPV halves (to the cent, as each is rounded), its ROI stays.
        assertThat(line.npv())
                .isCloseTo(ownFigures.npv().divide(BigDecimal.valueOf(2)), within(new BigDecimal("0.01")));
        assertThat(line.roiPercent()).isEqualByComparingTo(ownFigures.roiPercent());
        assertThat(line.difference()).isEqualTo(eur("-150000.00"));
        assertThat(line.differs()).isTrue();
    }

    @Test
    void aProjectWithoutAnRoiCaseCountsInTheTotalButNotInTheFigures() {
        ScenarioEvaluation evaluation =
                ScenarioEvaluator.evaluate(withBudget("1000000"), List.of(at(crm, "400000"), at(lab, "500000")));

        assertThat(evaluation.withoutRoiCase()).isEqualTo(1);
        assertThat(evaluation.figures()).isEqualTo(RoiCalculator.figuresFor(CRM_CASE, TEN_PERCENT));
        assertThat(evaluation.total().amount()).isEqualByComparingTo("900000");
    }

    @Test
    void aSetWithoutRoiCasesHasNoFigures() {
        ScenarioEvaluation evaluation = ScenarioEvaluator.evaluate(withBudget("1000000"), List.of(at(lab, "1")));

        assertThat(evaluation.figures()).isNull();
    }

    @Test
    void aSavedScenariosProjectThatNoLongerCompetesIsNamedAndLeftOut() {
        ScenarioEvaluation evaluation =
                ScenarioEvaluator.evaluate(withBudget("1000000"), List.of(at(crm, "1"), at(intranet, "70000")));

        assertThat(evaluation.noLongerCompeting()).containsExactly(intranet.projectId());
        assertThat(evaluation.lines()).extracting(ScenarioLine::title).containsExactly("CRM");
        // What the completed project spent stays held.
        assertThat(evaluation.heldOutside().amount()).isEqualByComparingTo("450000");
    }

    @Test
    void aSetNotSavedIsRefusedAsSavingItWouldBe() {
        ScenarioBasis basis = withBudget("1000000");
        assertThatThrownBy(() -> ScenarioEvaluator.evaluateUnsaved(
                        basis, List.of(new ScenarioProject(UUID.randomUUID(), eur("1")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("projects[0].projectId"));
        assertThatThrownBy(() -> ScenarioEvaluator.evaluateUnsaved(basis, List.of(at(crm, "1"), at(erp, "-5"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("projects[1].amount.amount"));
        assertThat(ScenarioEvaluator.evaluateUnsaved(basis, List.of(at(crm, "400000")))
                        .lines())
                .hasSize(1);
    }

    private ScenarioBasis withBudget(String budget) {
        return new ScenarioBasis(2027, "EUR", budget == null ? null : eur(budget), TEN_PERCENT, year);
    }
}
