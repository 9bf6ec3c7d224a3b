package dev.accord.ui.retrospective;

import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.ChartJs;
import java.util.ArrayList;
import java.util.List;

/** Plan against actual by month, cumulative: spend against the plan, benefits realised against expected. */
class MonthsChart extends ChartJs {

    MonthsChart(String id, String planLabel, List<MonthPlanVersusActual> months) {
        setId(id);
        List<String> labels =
                months.stream().map(month -> month.period().toString()).toList();
        List<Series> series = new ArrayList<>();
        series.add(new Series(
                planLabel, months.stream().map(m -> amount(m.budgetInForce())).toList(), "#6b7280", true));
        series.add(new Series(
                "Spend to date",
                months.stream().map(m -> amount(m.spendToDate())).toList(),
                "#c2410c",
                false));
        series.add(new Series(
                "Benefits expected to date",
                months.stream().map(m -> amount(m.benefitsExpectedToDate())).toList(),
                "#15803d",
                true));
        series.add(new Series(
                "Benefits realised to date",
                months.stream().map(m -> amount(m.benefitsRealisedToDate())).toList(),
                "#15803d",
                false));
        String currency = months.stream()
                .map(MonthPlanVersusActual::spendToDate)
                .filter(java.util.Objects::nonNull)
                .map(Money::currency)
                .findFirst()
                .map(code -> " (" + code + ")")
                .orElse("");
        showLines("Plan against actual by month, cumulative" + currency, "Month", labels, series);
    }

    private static java.math.BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
