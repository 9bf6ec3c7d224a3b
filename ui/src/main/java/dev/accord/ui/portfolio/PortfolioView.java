package dev.accord.ui.portfolio;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.base.Activity;
import dev.accord.ui.base.ChartJs;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Loading;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.project.ProjectView;
import dev.accord.ui.retrospective.YearRetrospectiveView;
import dev.accord.ui.scenario.ScenariosView;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * A fiscal year as both sides see it: the IT budget set together, what approved projects hold of it, what is
 * left, and every project ranked by ROI with whether it still fits. Live as decisions are taken.
 */
@Route(value = "portfolio", layout = MainLayout.class)
@PageTitle("Portfolio · Accord")
@PermitAll
public class PortfolioView extends VerticalLayout {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final ComboBox<Integer> year = new ComboBox<>("Fiscal year");
    private final FlexLayout figures = new FlexLayout();
    private final Grid<RankedProject> ranking = new Grid<>();
    private final ChartJs budgetAgainstSpend = new ChartJs();
    private SubscriptionQueryResult<dev.accord.domain.portfolio.api.PortfolioSummary, ReadModelChanged> subscription;
    private UI ui;

    public PortfolioView(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        year.setId("fiscal-year");
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> subscribe());
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-xl)");
        figures.setId("portfolio-figures");

        ranking.setId("ranking");
        ranking.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        ranking.addColumn(RankedProject::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        ranking.addComponentColumn(p -> new RouterLink(
                        p.title(), ProjectView.class, p.projectId().toString()))
                .setHeader("Project")
                .setFlexGrow(3);
        ranking.addColumn(p -> Formats.words(p.status())).setHeader("Status").setAutoWidth(true);
        ranking.addColumn(p -> Formats.percent(p.roiPercent(), locale()))
                .setHeader("ROI")
                .setAutoWidth(true);
        ranking.addColumn(p -> p.npv() == null
                        ? "\u2014"
                        : Formats.money(
                                new dev.accord.domain.shared.Money(
                                        p.npv(), p.requestedBudget().currency()),
                                locale()))
                .setHeader("NPV")
                .setAutoWidth(true);
        ranking.addColumn(p -> Formats.money(p.requestedBudget(), locale()))
                .setHeader("Requested")
                .setAutoWidth(true);
        ranking.addColumn(p -> Formats.money(p.allocated(), locale()))
                .setHeader("Allocated")
                .setAutoWidth(true);
        ranking.addColumn(p -> Formats.money(p.spendToDate(), locale()))
                .setHeader("Spent")
                .setAutoWidth(true);
        ranking.addColumn(p -> p.fitsRemaining() ? "Yes" : "No, exceeds what is left")
                .setHeader("Fits")
                .setAutoWidth(true);
        ranking.setEmptyStateText("No projects in this fiscal year yet.");
        budgetAgainstSpend.setId("budget-against-spend");
        Button retrospective = new Button(
                "Retrospective report",
                click -> UI.getCurrent()
                        .navigate(
                                YearRetrospectiveView.class,
                                new RouteParameters("fiscalYear", String.valueOf(year.getValue()))));
        retrospective.setId("open-year-retrospective");
        Button scenarios = new Button(
                "What-if scenarios",
                click -> UI.getCurrent()
                        .navigate(
                                ScenariosView.class,
                                new RouteParameters("fiscalYear", String.valueOf(year.getValue()))));
        scenarios.setId("open-year-scenarios");
        add(
                new H2("Portfolio"),
                year,
                new HorizontalLayout(retrospective, scenarios),
                figures,
                budgetAgainstSpend,
                ranking);
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        close();
    }

    private void subscribe() {
        if (ui == null || year.getValue() == null) {
            return;
        }
        close();
        int fiscalYear = year.getValue();
        showLoading(fiscalYear);
        subscription = queries.subscriptionQuery(
                new FindPortfolio(fiscalYear),
                ResponseTypes.instanceOf(dev.accord.domain.portfolio.api.PortfolioSummary.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        UI current = ui;
        // A year chosen a moment ago may answer after the one chosen since: only the chosen year is shown.
        subscription
                .initialResult()
                .subscribe(
                        view -> current.access(() -> {
                            if (year.getValue() != null && year.getValue() == view.fiscalYear()) {
                                show(view);
                            }
                        }),
                        failure -> current.access(() -> showFailure(fiscalYear)));
        subscription
                .updates()
                .subscribe(
                        // Read again inside the access, so that of two updates the later read is shown last.
                        changed -> current.access(() -> {
                            if (year.getValue() == null || year.getValue() != fiscalYear) {
                                return;
                            }
                            show(queries.query(
                                            new FindPortfolio(fiscalYear),
                                            ResponseTypes.instanceOf(
                                                    dev.accord.domain.portfolio.api.PortfolioSummary.class))
                                    .join());
                            Activity.tell(changed.note(), currentUser.actor());
                        }),
                        failure -> current.access(() -> showFailure(fiscalYear)));
    }

    /** The answer comes asynchronously, after the page has shown: until then the page says it is coming. */
    private void showLoading(int fiscalYear) {
        figures.removeAll();
        figures.add(new Loading("the " + fiscalYear + " portfolio"));
        ranking.setItems(List.of());
        ranking.setEmptyStateText("Loading the year's projects\u2026");
    }

    private void showFailure(int fiscalYear) {
        figures.removeAll();
        ranking.setEmptyStateText("The projects could not be loaded.");
        Refusals.couldNotLoad("the " + fiscalYear + " portfolio");
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void show(dev.accord.domain.portfolio.api.PortfolioSummary view) {
        figures.removeAll();
        figures.add(
                new Figure(
                        "IT budget " + view.fiscalYear(),
                        view.budget() == null ? "Not set yet" : Formats.money(view.budget(), locale()),
                        "year-budget"),
                new Figure("Allocated", Formats.money(view.allocated(), locale()), "allocated"),
                new Figure("Remaining", Formats.money(view.remaining(), locale()), "remaining"),
                new Figure(
                        "Discount rate",
                        view.discountRatePercent() == null
                                ? "8 % (default)"
                                : Formats.percent(view.discountRatePercent(), locale()),
                        "discount-rate"));
        if (view.pendingBudget() != null) {
            figures.add(
                    new Figure("Awaiting approval", Formats.money(view.pendingBudget(), locale()), "pending-budget"));
        }
        ranking.setEmptyStateText("No projects in this fiscal year yet.");
        ranking.setItems(view.projects());
        showBudgetAgainstSpend(view);
    }

    /** The year's budget and allocations against cumulative spend, January to December. */
    private void showBudgetAgainstSpend(dev.accord.domain.portfolio.api.PortfolioSummary view) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> spend = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        YearMonth last = view.spendByMonth().isEmpty()
                ? null
                : view.spendByMonth().get(view.spendByMonth().size() - 1).period();
        for (Month month : Month.values()) {
            YearMonth period = YearMonth.of(view.fiscalYear(), month);
            months.add(month.getDisplayName(TextStyle.SHORT, locale()));
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
        budgetAgainstSpend.showLines(
                "Budget against spend, " + view.fiscalYear() + " ("
                        + view.allocated().currency() + ")",
                "Month",
                months,
                series);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
