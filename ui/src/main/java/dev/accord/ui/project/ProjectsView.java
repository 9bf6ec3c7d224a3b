package dev.accord.ui.project;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.project.api.CountProjects;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.FindProjectsPage;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.actualsimport.ActualsImportView;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.SideBadge;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/** Every project on the shared record, kept live: what anyone proposes appears here without a reload. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Projects · Accord")
@PermitAll
public class ProjectsView extends VerticalLayout {

    private static final String NO_PROJECTS = "No projects on the record yet.";

    private final QueryGateway queries;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final TextField titleFilter = new TextField();
    private final ComboBox<ProjectStatus> statusFilter = new ComboBox<>();
    private SubscriptionQueryResult<List<ProjectSummary>, ReadModelChanged> subscription;

    public ProjectsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        setSizeFull();

        H2 heading = new H2("Projects");
        Button propose = new Button(
                "Propose project",
                VaadinIcon.PLUS.create(),
                click -> new ProposeProjectDialog(commands, queries, currentUser).open());
        propose.setId("propose-project");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Viewers read only; the server refuses their commands anyway.
        propose.setVisible(currentUser.actsForASide());
        Button importActuals = new Button(
                "Import actuals",
                VaadinIcon.UPLOAD.create(),
                click -> UI.getCurrent().navigate(ActualsImportView.class));
        importActuals.setId("open-actuals-import");
        importActuals.setVisible(currentUser.actsForASide());
        HorizontalLayout header = new HorizontalLayout(heading, new HorizontalLayout(importActuals, propose));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        configureGrid();
        titleFilter.setPlaceholder("Filter by title");
        titleFilter.setId("projects-title-filter");
        titleFilter.setAriaLabel("Filter by title");
        titleFilter.setClearButtonVisible(true);
        titleFilter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        titleFilter.addValueChangeListener(change -> filtersChanged());
        statusFilter.setPlaceholder("Any status");
        statusFilter.setAriaLabel("Filter by status");
        statusFilter.setItems(ProjectStatus.values());
        statusFilter.setItemLabelGenerator(dev.accord.ui.base.Formats::words);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(change -> filtersChanged());
        add(header, new HorizontalLayout(titleFilter, statusFilter), grid);
    }

    private void configureGrid() {
        grid.setId("projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(summary -> new RouterLink(
                        summary.title(), ProjectView.class, summary.id().toString()))
                .setHeader("Title")
                .setFlexGrow(3)
                .setSortProperty("title");
        grid.addColumn(summary -> dev.accord.ui.base.Formats.words(summary.status()))
                .setHeader("Status")
                .setAutoWidth(true)
                .setSortProperty("status");
        grid.addColumn(summary -> formatted(summary.requestedBudget()))
                .setHeader("Requested budget")
                .setAutoWidth(true)
                .setSortProperty("requested");
        grid.addColumn(new ComponentRenderer<>(summary -> {
                    HorizontalLayout who = new HorizontalLayout(
                            new Span(summary.proposedBy().displayName()),
                            new SideBadge(summary.proposedBy().side()));
                    who.setSpacing(true);
                    return who;
                }))
                .setHeader("Proposed by")
                .setAutoWidth(true);
        grid.addColumn(summary -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(ZoneId.systemDefault())
                        .format(summary.proposedAt()))
                .setHeader("Proposed")
                .setAutoWidth(true)
                .setSortProperty("proposedAt");
        grid.setEmptyStateText(NO_PROJECTS);
        // Pages are read from the query side as the user scrolls; sorting and filtering happen there too.
        grid.setItems(
                query -> {
                    QuerySortOrder order = query.getSortOrders().isEmpty()
                            ? null
                            : query.getSortOrders().get(0);
                    return queries
                            .query(
                                    new FindProjectsPage(
                                            titleFilter.getValue(),
                                            statusFilter.getValue(),
                                            order == null ? null : order.getSorted(),
                                            order != null && order.getDirection() == SortDirection.ASCENDING,
                                            query.getOffset(),
                                            query.getLimit()),
                                    ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                            .join()
                            .stream();
                },
                query -> queries.query(
                                new CountProjects(titleFilter.getValue(), statusFilter.getValue()),
                                ResponseTypes.instanceOf(Long.class))
                        .join()
                        .intValue());
    }

    /** An empty list says why: nothing on the record yet, or nothing that matches what the person asked for. */
    private void filtersChanged() {
        grid.setEmptyStateText(
                titleFilter.isEmpty() && statusFilter.isEmpty()
                        ? NO_PROJECTS
                        : "No projects match these filters. Clear them to see every project.");
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queries.subscriptionQuery(
                new FindProjects(),
                ResponseTypes.multipleInstancesOf(ProjectSummary.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        // A project proposed or changed anywhere: read the visible page again.
        subscription
                .updates()
                .subscribe(changed -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    private String formatted(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
