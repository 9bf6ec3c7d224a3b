package dev.accord.ui.portfolio;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Loading;
import java.util.Locale;

/** The year's headline figures: its budget, what approved projects hold, what is left, the rate, what awaits. */
class YearFigures extends FlexLayout {

    YearFigures() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-xl)");
        setId("portfolio-figures");
    }

    void showLoading(int fiscalYear) {
        removeAll();
        add(new Loading("the " + fiscalYear + " portfolio"));
    }

    void show(PortfolioSummary view, Locale locale) {
        removeAll();
        add(
                new Figure(
                        "IT budget " + view.fiscalYear(),
                        view.budget() == null ? "Not set yet" : Formats.money(view.budget(), locale),
                        "year-budget"),
                new Figure("Allocated", Formats.money(view.allocated(), locale), "allocated"),
                new Figure("Remaining", Formats.money(view.remaining(), locale), "remaining"),
                new Figure(
                        "Discount rate",
                        view.discountRatePercent() == null
                                ? Formats.percent(DiscountRate.DEFAULT_PERCENT, locale) + " (default)"
                                : Formats.percent(view.discountRatePercent(), locale),
                        "discount-rate"));
        if (view.pendingBudget() != null) {
            add(new Figure("Awaiting approval", Formats.money(view.pendingBudget(), locale), "pending-budget"));
        }
    }
}
