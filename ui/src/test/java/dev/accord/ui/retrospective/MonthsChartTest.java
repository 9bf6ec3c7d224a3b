package dev.accord.ui.retrospective;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retrospective's plan-against-actual chart has its months as a table, with the figures it draws. */
class MonthsChartTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void eachMonthIsARowWithBudgetSpendAndBenefits() {
        UI.getCurrent()
                .add(new MonthsChart(
                        "retrospective-chart",
                        "Approved budget in force",
                        List.of(
                                month(YearMonth.of(2026, 3), "40000", "40000", "0"),
                                month(YearMonth.of(2026, 4), "30000", "70000", "5000"))));

        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Plan against actual by month, cumulative (EUR)");
        assertThat(table.getHead().getRows().get(0).getHeaderCells().stream()
                        .map(cell -> cell.getText())
                        .toList())
                .containsExactly(
                        "Month",
                        "Approved budget in force",
                        "Spend to date",
                        "Benefits expected to date",
                        "Benefits realised to date");
        NativeTableRow april = table.getBody().getRows().get(1);
        assertThat(april.getHeaderCells().get(0).getText()).isEqualTo("2026-04");
        assertThat(april.getDataCells().stream().map(cell -> cell.getText()).toList())
                .containsExactly("520,000.00", "70,000.00", "20,000.00", "5,000.00");
    }

    private static MonthPlanVersusActual month(YearMonth period, String spend, String spendToDate, String realised) {
        return new MonthPlanVersusActual(
                period,
                period.atEndOfMonth(),
                eur(spend),
                eur(spendToDate),
                eur("520000"),
                eur(realised),
                eur(realised),
                eur("20000"));
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
