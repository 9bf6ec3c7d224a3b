package dev.accord.ui.portfolio;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import dev.accord.domain.history.api.FindApprovalRulesAsOf;
import dev.accord.domain.history.api.FindPortfolioAsOf;
import dev.accord.domain.portfolio.api.FindApprovalRules;
import dev.accord.domain.portfolio.api.FindOpenYearChanges;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.base.Activity;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.retrospective.YearRetrospectiveView;
import dev.accord.ui.scenario.ScenariosView;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * A fiscal year as both sides see it: the IT budget set together (and the request awaiting approval), Finance's
 * discount rate, the year's approval rules and ranking weights, what approved projects hold of the budget, what is
 * left, and every project ranked by the year's weights, each score with its parts, and whether it still fits. Live
 * as decisions are taken; or the year as it stood at a chosen moment, when nothing can be done. {@code
 * /portfolio/2027} opens that year.
 */
@Route(value = "portfolio", layout = MainLayout.class)
@PageTitle("Portfolio · Accord")
@PermitAll
public class PortfolioView extends VerticalLayout implements HasUrlParameter<Integer> {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final ComboBox<Integer> year = new ComboBox<>("Fiscal year");
    private final PastBanner pastBanner = new PastBanner();
    private final YearFigures figures = new YearFigures();
    private final YearBudgetPanel budget;
    private final DiscountRatePanel discountRate;
    private final ApprovalRulesPanel approvalRules;
    private final RankingWeightsPanel weights;
    private final RankingGrid ranking = new RankingGrid();
    private final ByDepartment byDepartment = new ByDepartment(ranking);
    private final BudgetAgainstSpend budgetAgainstSpend = new BudgetAgainstSpend();
    private SubscriptionQueryResult<PortfolioSummary, ReadModelChanged> subscription;
    private UI ui;
    /** The recorded moment shown, or null for today. */
    private Instant asOf;

    public PortfolioView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        year.setId("fiscal-year");
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> {
            subscribe();
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                RouteConfiguration.forSessionScope().getUrl(PortfolioView.class, change.getValue()));
            }
        });
        budget = new YearBudgetPanel(commands, currentUser);
        discountRate = new DiscountRatePanel(commands, currentUser);
        approvalRules = new ApprovalRulesPanel(commands, currentUser);
        weights = new RankingWeightsPanel(commands, currentUser);
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
        HorizontalLayout choose = new HorizontalLayout(
                year, new PortfolioAsOfBar(this::showAsOf, this::backToToday), retrospective, scenarios);
        choose.setAlignItems(Alignment.BASELINE);
        choose.setWrap(true);
        // What the two sides decide for the year, side by side where the page is wide enough.
        HorizontalLayout decisions = new HorizontalLayout(budget, approvalRules, discountRate, weights);
        decisions.setWidthFull();
        decisions.setWrap(true);
        decisions.getChildren().forEach(column -> column.getStyle().set("flex", "1 1 20rem"));
        add(new H2("Portfolio"), choose, pastBanner, figures, decisions, budgetAgainstSpend, byDepartment, ranking);
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer fiscalYear) {
        if (fiscalYear == null) {
            return;
        }
        if (LedgerCalendar.yearProblem(fiscalYear).isPresent()) {
            throw new NotFoundException("No fiscal year " + fiscalYear);
        }
        if (!year.getListDataView().contains(fiscalYear)) {
            year.setItems(Stream.concat(year.getListDataView().getItems(), Stream.of(fiscalYear))
                    .sorted()
                    .toList());
        }
        year.setValue(fiscalYear);
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
                ResponseTypes.instanceOf(PortfolioSummary.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        UI current = ui;
        // A year chosen a moment ago may answer after the one chosen since: only the chosen year is shown.
        subscription
                .initialResult()
                .subscribe(
                        view -> current.access(() -> {
                            if (chosen(view.fiscalYear())) {
                                showChosenMoment(view);
                            }
                        }),
                        failure -> current.access(() -> showFailure(fiscalYear)));
        subscription
                .updates()
                .subscribe(
                        // Read again inside the access, so that of two updates the later read is shown last. The
                        // past does not change: while it is shown, only who did what today is told.
                        changed -> current.access(() -> {
                            if (!chosen(fiscalYear)) {
                                return;
                            }
                            if (asOf == null) {
                                showToday(fiscalYear);
                            }
                            Activity.tell(changed.note(), currentUser.actor());
                        }),
                        failure -> current.access(() -> showFailure(fiscalYear)));
    }

    private boolean chosen(int fiscalYear) {
        return year.getValue() != null && year.getValue() == fiscalYear;
    }

    private void showChosenMoment(PortfolioSummary today) {
        if (asOf == null) {
            show(today);
        } else {
            showAsOf(asOf);
        }
    }

    /** The year as it stood at a recorded instant, folded from its events; nothing can be done to the past. */
    private void showAsOf(Instant instant) {
        asOf = instant;
        if (year.getValue() == null) {
            return;
        }
        int fiscalYear = year.getValue();
        PortfolioSummary then = queries.query(
                        new FindPortfolioAsOf(fiscalYear, instant), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join();
        YearApprovalRules rulesThen = queries.query(
                        new FindApprovalRulesAsOf(fiscalYear, instant),
                        ResponseTypes.instanceOf(YearApprovalRules.class))
                .join();
        showFigures(then);
        budget.showPast(then, locale());
        discountRate.show(then, false);
        approvalRules.showPast(rulesThen);
        weights.showPast(then);
        pastBanner.show(fiscalYear, instant, locale());
    }

    private void backToToday() {
        asOf = null;
        pastBanner.hide();
        if (year.getValue() != null) {
            showToday(year.getValue());
        }
    }

    private void showToday(int fiscalYear) {
        show(queries.query(new FindPortfolio(fiscalYear), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join());
    }

    /** The answer comes asynchronously, after the page has shown: until then the page says it is coming. */
    private void showLoading(int fiscalYear) {
        figures.showLoading(fiscalYear);
        byDepartment.clear();
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

    /** Today: the year's figures and projects, and its open changes to decide (as the approvals inbox keeps them). */
    private void show(PortfolioSummary view) {
        showFigures(view);
        List<PendingApproval> open = queries.query(
                        new FindOpenYearChanges(view.fiscalYear()),
                        ResponseTypes.multipleInstancesOf(PendingApproval.class))
                .join();
        YearApprovalRules rules = queries.query(
                        new FindApprovalRules(view.fiscalYear()), ResponseTypes.instanceOf(YearApprovalRules.class))
                .join();
        budget.showToday(view, openOf(open, YearChangeKind.YEAR_BUDGET), locale());
        discountRate.show(view, true);
        approvalRules.showToday(
                rules,
                openOf(open, YearChangeKind.APPROVAL_RULES),
                view.allocated().currency(),
                locale());
        weights.showToday(view, openOf(open, YearChangeKind.RANKING_WEIGHTS), locale());
    }

    private static Optional<PendingApproval> openOf(List<PendingApproval> open, YearChangeKind kind) {
        return open.stream().filter(change -> change.yearChange() == kind).findFirst();
    }

    private void showFigures(PortfolioSummary view) {
        figures.show(view, locale());
        ranking.setEmptyStateText("No projects in this fiscal year yet.");
        byDepartment.show(view);
        budgetAgainstSpend.show(view, locale());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
