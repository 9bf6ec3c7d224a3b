package dev.accord.ui.retrospective;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.DecisionOutcome;
import dev.accord.domain.retrospective.api.FindProjectRetrospective;
import dev.accord.domain.retrospective.api.MetricPlanVersusActual;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.RetrospectiveSubject;
import dev.accord.domain.retrospective.api.StatedReason;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.project.ProjectView;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A project looked back on: plan against actual for cost, benefits and schedule, how long each decision took,
 * how often the sides revised, rejected and reassessed and why, and who took part. Downloadable as CSV and PDF.
 */
@Route(value = "projects/:projectId/retrospective", layout = MainLayout.class)
@PermitAll
public class ProjectRetrospectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueryGateway queries;
    private ProjectRetrospective report;

    public ProjectRetrospectiveView(QueryGateway queries) {
        this.queries = queries;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("projectId").orElse("");
        UUID projectId;
        try {
            projectId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No project " + parameter);
        }
        report = queries.query(
                        new FindProjectRetrospective(projectId),
                        ResponseTypes.optionalInstanceOf(ProjectRetrospective.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No project " + parameter));
        removeAll();
        show(report, getLocale() == null ? Locale.getDefault() : getLocale());
    }

    @Override
    public String getPageTitle() {
        return report == null ? "Retrospective · Accord" : "Retrospective: " + report.title() + " · Accord";
    }

    private void show(ProjectRetrospective p, Locale locale) {
        RouterLink back = new RouterLink(
                "Back to the project", ProjectView.class, p.projectId().toString());
        back.setId("back-to-project");
        H2 title = new H2("Retrospective: " + p.title());
        title.setId("retrospective-title");
        add(
                back,
                title,
                Sections.note("Fiscal year " + p.fiscalYear() + " · " + Formats.words(p.status())
                        + " · proposed by " + p.proposedBy() + " on " + Formats.instant(p.proposedAt(), locale)
                        + " · history up to " + Formats.instant(p.asOf(), locale)),
                new Downloads(queries, new RetrospectiveSubject.Project(p.projectId())));

        add(
                Sections.heading("Cost: plan against actual"),
                Sections.figures(
                        new Figure("Requested", Formats.money(p.cost().requestedBudget(), locale), "cost-requested"),
                        new Figure(
                                "First approved", Formats.money(p.cost().firstApprovedBudget(), locale), "cost-first"),
                        new Figure("Approved now", Formats.money(p.cost().approvedBudget(), locale), "cost-approved"),
                        new Figure("Spent to date", Formats.money(p.cost().spendToDate(), locale), "cost-spend"),
                        new Figure("Variance", Formats.money(p.cost().variance(), locale), "cost-variance"),
                        new Figure("Budget used", Sections.percent(p.cost().usedPercent(), locale), "cost-used")));
        if (!p.months().isEmpty()) {
            add(new MonthsChart("retrospective-chart", "Approved budget in force", p.months()));
        }
        add(Sections.months("retrospective-months", p.months(), locale));

        add(
                Sections.heading("Benefits: plan against actual"),
                Sections.figures(
                        new Figure(
                                "Expected a year",
                                Formats.money(p.benefits().expectedYearly(), locale),
                                "benefits-yearly"),
                        new Figure(
                                "Expected to date",
                                Formats.money(p.benefits().expectedToDate(), locale),
                                "benefits-expected"),
                        new Figure(
                                "Realised to date",
                                Formats.money(p.benefits().realisedToDate(), locale),
                                "benefits-realised"),
                        new Figure(
                                "Realised of expected",
                                Sections.percent(p.benefits().realisedPercent(), locale),
                                "benefits-percent")));
        Grid<MetricPlanVersusActual> metrics = Sections.grid("benefit-metrics");
        metrics.addColumn(MetricPlanVersusActual::metric).setHeader("Metric");
        metrics.addColumn(m -> Sections.text(m.target())).setHeader("Target");
        metrics.addColumn(m -> Formats.money(m.expectedYearly(), locale)).setHeader("Expected a year");
        metrics.addColumn(m -> Formats.money(m.realisedToDate(), locale)).setHeader("Realised to date");
        metrics.setItems(p.benefits().metrics());
        metrics.setEmptyStateText("No ROI case and no realised benefits yet.");
        add(metrics);

        add(
                Sections.heading("Schedule: plan against actual"),
                Sections.figures(
                        new Figure("Planned end", Sections.text(p.schedule().plannedEnd()), "schedule-planned-end"),
                        new Figure(
                                "Budget first approved",
                                p.schedule().startedAt() == null
                                        ? "\u2014"
                                        : Formats.instant(p.schedule().startedAt(), locale),
                                "schedule-started"),
                        new Figure(
                                "Months with actuals",
                                p.schedule().monthsWithActuals() == 0
                                        ? "none"
                                        : p.schedule().firstActualsPeriod() + " to "
                                                + p.schedule().lastActualsPeriod(),
                                "schedule-months"),
                        new Figure(
                                "Closed",
                                p.schedule().closedAt() == null
                                        ? "not closed"
                                        : Formats.instant(p.schedule().closedAt(), locale),
                                "schedule-closed"),
                        new Figure(
                                "Days past planned end",
                                Sections.text(p.schedule().daysPastPlannedEnd()),
                                "schedule-days-past")));
        add(Sections.note("The ledger holds no planned end besides the target dates of timeline changes; a project "
                + "closes by a complete or cancel change."));

        add(
                Sections.heading("Decisions and how long they took"),
                decisions(p, locale),
                Sections.note("Times are when the ledger recorded each step; months are the business periods "
                        + "actuals were recorded for."));
        add(Sections.heading("How much deciding it took"), Sections.counts(p.counts()));
        add(Sections.heading("Reasons given"), reasons(p, locale));
        add(Sections.heading("Who took part"), Sections.participants(p.participants()));
    }

    private static Grid<DecisionLeadTime> decisions(ProjectRetrospective p, Locale locale) {
        Grid<DecisionLeadTime> grid = Sections.grid("decisions");
        grid.addColumn(DecisionLeadTime::subject).setHeader("Decision").setAutoWidth(true);
        grid.addComponentColumn(d -> outcome(d.outcome())).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(DecisionLeadTime::terms).setHeader("Terms").setAutoWidth(true);
        grid.addColumn(DecisionLeadTime::versions).setHeader("Version").setAutoWidth(true);
        grid.addColumn(d -> Formats.instant(d.decidedAt(), locale) + " by " + d.decidedBy())
                .setHeader("Decided")
                .setAutoWidth(true);
        grid.addColumn(d -> DecisionLeadTime.describe(d.sinceProposal()))
                .setHeader("From proposal")
                .setAutoWidth(true);
        grid.addColumn(d -> DecisionLeadTime.describe(d.sinceOpened()))
                .setHeader("From opening")
                .setAutoWidth(true);
        grid.setItems(p.decisions());
        grid.setEmptyStateText("Nothing decided yet.");
        return grid;
    }

    private static Grid<StatedReason> reasons(ProjectRetrospective p, Locale locale) {
        Grid<StatedReason> grid = Sections.grid("reasons");
        grid.addColumn(r -> Formats.words(r.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(StatedReason::about).setHeader("About").setAutoWidth(true);
        grid.addColumn(StatedReason::text).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(r -> r.givenBy() + ", " + Formats.instant(r.at(), locale))
                .setHeader("Given by")
                .setAutoWidth(true);
        grid.setItems(p.reasons());
        grid.setEmptyStateText("No revisions, rejections or reassessments.");
        return grid;
    }

    private static Span outcome(DecisionOutcome outcome) {
        Span badge = new Span(Formats.words(outcome).toLowerCase(Locale.ROOT));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (outcome) {
                            case REJECTED, STOP -> "badge error";
                            case WITHDRAWN -> "badge contrast";
                            case TOOK_EFFECT, CONTINUE, ADJUST -> "badge success";
                        });
        return badge;
    }
}
