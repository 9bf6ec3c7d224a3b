package dev.accord.ui.project;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.SideBadge;
import jakarta.annotation.security.PermitAll;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Every project on the shared record, kept live: what anyone proposes appears here without a reload. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Projects · Accord")
@PermitAll
public class ProjectsView extends VerticalLayout {

    private final QueryGateway queries;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Map<UUID, ProjectSummary> projects = new LinkedHashMap<>();
    private SubscriptionQueryResult<List<ProjectSummary>, ProjectSummary> subscription;

    public ProjectsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        setSizeFull();

        H2 heading = new H2("Projects");
        Button propose = new Button("Propose project", VaadinIcon.PLUS.create(),
                click -> new ProposeProjectDialog(commands, currentUser).open());
        propose.setId("propose-project");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Viewers read only; the server refuses their commands anyway.
        propose.setVisible(currentUser.actsForASide());
        HorizontalLayout header = new HorizontalLayout(heading, propose);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        configureGrid();
        add(header, grid);
    }

    private void configureGrid() {
        grid.setId("projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(summary -> new RouterLink(summary.title(), ProjectView.class, summary.id().toString()))
                .setHeader("Title").setFlexGrow(3).setComparator(ProjectSummary::title);
        grid.addColumn(summary -> summary.status().name().charAt(0)
                        + summary.status().name().substring(1).toLowerCase(Locale.ROOT))
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(summary -> formatted(summary.requestedBudget()))
                .setHeader("Requested budget").setAutoWidth(true)
                .setComparator(Comparator.comparing(summary -> summary.requestedBudget().amount()));
        grid.addColumn(new ComponentRenderer<>(summary -> {
            HorizontalLayout who = new HorizontalLayout(new Span(summary.proposedBy().displayName()),
                    new SideBadge(summary.proposedBy().side()));
            who.setSpacing(true);
            return who;
        })).setHeader("Proposed by").setAutoWidth(true);
        grid.addColumn(summary -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale()).withZone(ZoneId.systemDefault()).format(summary.proposedAt()))
                .setHeader("Proposed").setAutoWidth(true)
                .setComparator(Comparator.comparing(ProjectSummary::proposedAt));
        grid.setEmptyStateText("No projects yet. Propose the first one.");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queries.subscriptionQuery(new FindProjects(),
                ResponseTypes.multipleInstancesOf(ProjectSummary.class),
                ResponseTypes.instanceOf(ProjectSummary.class));
        subscription.initialResult().subscribe(initial -> ui.access(() -> {
            initial.forEach(summary -> projects.putIfAbsent(summary.id(), summary));
            show();
        }));
        subscription.updates().subscribe(changed -> ui.access(() -> {
            projects.put(changed.id(), changed);
            show();
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    private void show() {
        List<ProjectSummary> newestFirst = new ArrayList<>(projects.values());
        newestFirst.sort(Comparator.comparing(ProjectSummary::proposedAt).reversed());
        grid.setItems(newestFirst);
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
