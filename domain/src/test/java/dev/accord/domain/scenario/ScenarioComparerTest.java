package dev.accord.domain.scenario;

import static dev.accord.domain.scenario.Candidates.at;
import static dev.accord.domain.scenario.Candidates.eur;
import static dev.accord.domain.scenario.Candidates.plan;
import static dev.accord.domain.scenario.Candidates.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.scenario.api.ProjectDifference;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioComparison;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two scenarios side by side: what the second does differently, project by project in rank order. */
class ScenarioComparerTest {

    private final ScenarioCandidate crm = proposed(1, "CRM", "400000", plan("400000", "0", "200000", 3));
    private final ScenarioCandidate lab = proposed(2, "Innovation lab", "500000", null);
    private final ScenarioCandidate data = proposed(3, "Data platform", "200000", plan("200000", "0", "100000", 3));
    private final ScenarioBasis basis =
            new ScenarioBasis(2027, "EUR", eur("1000000"), new BigDecimal("10"), List.of(crm, lab, data));

    @Test
    void eachProjectOfEitherScenarioWithItsAmountInBothAndTheDifference() {
        ScenarioEvaluation lean = ScenarioEvaluator.evaluate(basis, List.of(at(crm, "400000"), at(lab, "300000")));
        ScenarioEvaluation bold =
                ScenarioEvaluator.evaluate(basis, List.of(at(data, "200000"), at(crm, "350000"), at(lab, "300000")));

        ScenarioComparison comparison = ScenarioComparer.compare(lean, bold);

        assertThat(comparison.projects())
                .extracting(ProjectDifference::title)
                .containsExactly("CRM", "Innovation lab", "Data platform");
        assertThat(comparison.projects())
                .extracting(ProjectDifference::difference)
                .containsExactly(eur("-50000.00"), eur("0.00"), eur("200000.00"));
        assertThat(comparison.projects()).extracting(ProjectDifference::differs).containsExactly(true, false, true);
        ProjectDifference onlyInBold = comparison.projects().get(2);
        assertThat(onlyInBold.first()).isNull();
        assertThat(onlyInBold.fitsInFirst()).isNull();
        assertThat(onlyInBold.second()).isEqualTo(eur("200000.00"));
        assertThat(comparison.totalDifference().amount()).isEqualByComparingTo("150000");
        assertThat(comparison.npvDifference())
                .isEqualByComparingTo(
                        bold.figures().npv().subtract(lean.figures().npv()));
        assertThat(comparison.roiDifference())
                .isEqualByComparingTo(
                        bold.figures().roiPercent().subtract(lean.figures().roiPercent()));
    }

    @Test
    void aScenarioWithoutFiguresHasNoFigureDifference() {
        ScenarioEvaluation withoutCases = ScenarioEvaluator.evaluate(basis, List.of(at(lab, "300000")));
        ScenarioEvaluation withCases = ScenarioEvaluator.evaluate(basis, List.of(at(crm, "400000")));

        ScenarioComparison comparison = ScenarioComparer.compare(withoutCases, withCases);

        assertThat(comparison.npvDifference()).isNull();
        assertThat(comparison.roiDifference()).isNull();
    }
}
