package dev.accord.ui.portfolio;

import com.vaadin.flow.component.Composite;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.ui.base.ChartJs;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The year's budget and allocations against cumulative spend, January to December. */
class BudgetAgainstSpend extends Composite<ChartJs> {

    BudgetAgainstSpend() {
        setId("budget-against-spend");
    }

    void show(PortfolioSummary view, Locale locale) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> spend = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        YearMonth last = view.spendByMonth().isEmpty()
                ? null
                : view.spendByMonth().get(view.spendByMonth().size() - 1).period();
        for (Month month : Month.values()) {
            YearMonth period = YearMonth.of(view.fiscalYear(), month);
            months.add(month.getDisplayName(TextStyle.SHORT, locale));
            for (MonthlySpend spent : view.spendByMonth()) {
                if (spent.period().equals(period)) {
                    cumulative = cumulative.add(spent.spend().amount());
                }
            }
            spend.add(last != null && !period.isAfter(last) ? cumulative : null);
        }
        List<ChartJs.Series> series = new ArrayList<>();
        if (view.budget() != null) {
            series.add(new ChartJs.Series(
                    "IT budget", Collections.nCopies(12, view.budget().amount()), "#6b7280", true));
        }
        series.add(new ChartJs.Series(
                "Allocated to approved projects",
                Collections.nCopies(12, view.allocated().amount()),
                "#2350b8",
                true));
        // Only the fiscal year's own months are drawn; a project's spend in later years shows in its own page.
        series.add(new ChartJs.Series("Spend to date", spend, "#c2410c", false));
        getContent()
                .showLines(
                        "Budget against spend, " + view.fiscalYear() + " ("
                                + view.allocated().currency() + ")",
                        "Month",
                        months,
                        series);
    }
}
