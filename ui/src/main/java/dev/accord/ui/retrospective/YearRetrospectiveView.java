package dev.accord.ui.retrospective;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.FindYearRetrospective;
import dev.accord.domain.retrospective.api.RetrospectiveSubject;
import dev.accord.domain.retrospective.api.YearProjectLine;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.portfolio.PortfolioView;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A fiscal year looked back on: the IT budget against what its projects were allocated, spent and realised,
 * each project's line, the year's decisions and who took part. Downloadable as CSV and PDF.
 */
@Route(value = "portfolio/:fiscalYear/retrospective", layout = MainLayout.class)
@PermitAll
public class YearRetrospectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueryGateway queries;
    private int fiscalYear;

    public YearRetrospectiveView(QueryGateway queries) {
        this.queries = queries;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("fiscalYear").orElse("");
        try {
            fiscalYear = Integer.parseInt(parameter);
        } catch (NumberFormatException notAYear) {
            throw new NotFoundException("No fiscal year " + parameter);
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new NotFoundException("No fiscal year " + parameter);
        }
        YearRetrospective report = queries.query(
                        new FindYearRetrospective(fiscalYear), ResponseTypes.instanceOf(YearRetrospective.class))
                .join();
        removeAll();
        show(report, getLocale() == null ? Locale.getDefault() : getLocale());
    }

    @Override
    public String getPageTitle() {
        return "Retrospective " + fiscalYear + " · Accord";
    }

    private void show(YearRetrospective y, Locale locale) {
        RouterLink back = new RouterLink("Back to the portfolio", PortfolioView.class);
        back.setId("back-to-portfolio");
        H2 title = new H2("Retrospective: fiscal year " + y.fiscalYear());
        title.setId("retrospective-title");
        add(
                back,
                title,
                Sections.note(y.projects().size() + " projects proposed for " + y.fiscalYear()
                        + "; each counts with all its months of actuals."),
                new Downloads(queries, new RetrospectiveSubject.Year(y.fiscalYear())));

        add(
                Sections.heading("The year: plan against actual"),
                Sections.figures(
                        new Figure(
                                "IT budget",
                                y.budget() == null ? "Not set" : Formats.money(y.budget(), locale),
                                "year-budget"),
                        new Figure("Allocated", Formats.money(y.allocated(), locale), "year-allocated"),
                        new Figure("Spent to date", Formats.money(y.spendToDate(), locale), "year-spend"),
                        new Figure(
                                "Benefits expected a year",
                                Formats.money(y.benefitsExpectedYearly(), locale),
                                "year-benefits-expected"),
                        new Figure(
                                "Benefits realised to date",
                                Formats.money(y.benefitsRealisedToDate(), locale),
                                "year-benefits-realised")));
        if (!y.months().isEmpty()) {
            add(new MonthsChart("retrospective-chart", "Allocated to approved projects", y.months()));
        }

        add(Sections.heading("Projects"), projects(y, locale));
        add(Sections.heading("Month by month"), Sections.months("retrospective-months", y.months(), locale));
        add(Sections.heading("How much deciding it took"), Sections.counts(y.counts()));
        add(Sections.heading("Who took part"), Sections.participants(y.participants()));
    }

    private static Grid<YearProjectLine> projects(YearRetrospective y, Locale locale) {
        Grid<YearProjectLine> grid = Sections.grid("year-projects");
        grid.addComponentColumn(line -> new RouterLink(
                        line.title(),
                        ProjectRetrospectiveView.class,
                        new RouteParameters("projectId", line.projectId().toString())))
                .setHeader("Project")
                .setFlexGrow(2);
        grid.addColumn(line -> Formats.words(line.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(line -> Formats.money(line.approvedBudget(), locale))
                .setHeader("Approved")
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.money(line.spendToDate(), locale))
                .setHeader("Spent")
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.money(line.benefitsExpectedYearly(), locale))
                .setHeader("Benefits a year")
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.money(line.benefitsRealisedToDate(), locale))
                .setHeader("Realised")
                .setAutoWidth(true);
        grid.addColumn(line -> Sections.text(line.plannedEnd()))
                .setHeader("Planned end")
                .setAutoWidth(true);
        grid.addColumn(line -> DecisionLeadTime.describe(line.toFirstDecision()))
                .setHeader("To first decision")
                .setAutoWidth(true);
        grid.addColumn(line -> line.counts().revisions() + " / " + line.counts().rejections() + " / "
                        + line.counts().reassessments())
                .setHeader("Revisions / rejections / reassessments")
                .setAutoWidth(true);
        grid.setItems(y.projects());
        grid.setEmptyStateText("No projects proposed for this year.");
        return grid;
    }
}
