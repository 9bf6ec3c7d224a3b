package dev.accord.ui.project;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.FindTimelinePage;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.base.Activity;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.history.DecisionContextDialog;
import dev.accord.ui.history.HistoryBar;
import dev.accord.ui.retrospective.ProjectRetrospectiveView;
import dev.accord.ui.steps.ActualsDialog;
import dev.accord.ui.steps.AssessmentDialog;
import dev.accord.ui.steps.ConcludeReassessmentDialog;
import dev.accord.ui.steps.EstimateDialog;
import dev.accord.ui.steps.ReassessmentViewDialog;
import dev.accord.ui.steps.RoiCaseDialog;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * One project's shared record: where it stands, what is on the table, and the whole history of how it got there.
 * Live: when anyone acts on the project, the page updates and says who did what.
 */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final ProjectHeader header = new ProjectHeader();
    private final OpenChanges openChanges;
    private TimelineGrid timeline;
    private final PlanVersusActual planVersusActual = new PlanVersusActual();
    private final CostsAndBenefits costsAndBenefits = new CostsAndBenefits();
    private final Button requestChange = new Button("Request a change", VaadinIcon.PLUS.create());
    private final HorizontalLayout steps = new HorizontalLayout();
    private final Button giveView;
    private final Button conclude;
    private final ReviewControls review;
    private final ComboBox<ChangeRow> about = new ComboBox<>("About");
    private final TextArea comment = new TextArea("Add to the conversation");
    private final H3 timelineHeading;
    private final Button send;
    private final Span pastBanner = new Span();
    private HistoryBar history;
    private final RouterLink retrospective = new RouterLink();
    private UUID projectId;
    /** The project as it stands now; {@link #project} is what the page shows, which may be the past. */
    private ProjectDetail live;

    private ProjectDetail project;
    private boolean inThePast;
    private SubscriptionQueryResult<Optional<ProjectDetail>, ReadModelChanged> detailSubscription;
    private SubscriptionQueryResult<List<TimelineEntry>, ReadModelChanged> timelineSubscription;

    public ProjectView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        this.openChanges = new OpenChanges(commands, queries, currentUser);
        requestChange.setId("request-change");
        requestChange.addClickListener(click -> new RequestChangeDialog(project, commands, currentUser).open());
        about.setId("comment-about");
        about.setPlaceholder("The project");
        about.setClearButtonVisible(true);
        about.setItemLabelGenerator(change -> Formats.words(change.kind()) + " (version " + change.version() + ", "
                + change.state().name().toLowerCase(java.util.Locale.ROOT) + ")");
        comment.setId("comment-text");
        comment.setWidthFull();
        send = new Button("Comment", click -> addComment());
        send.setId("comment-submit");
        Button estimate =
                step("Estimate", "record-estimate", () -> new EstimateDialog(project, commands, currentUser).open());
        Button roi = step(
                "ROI case",
                "record-roi",
                () -> new RoiCaseDialog(project, discountRate(), commands, currentUser).open());
        Button assessment = step(
                "The four questions",
                "record-assessment",
                () -> new AssessmentDialog(project, commands, currentUser).open());
        Button actuals =
                step("Actuals", "record-actuals", () -> new ActualsDialog(project, commands, currentUser).open());
        giveView = step(
                "Give our view",
                "reassessment-give-view",
                () -> new ReassessmentViewDialog(project, commands, currentUser).open());
        conclude = step(
                "Conclude the reassessment",
                "reassessment-conclude",
                () -> new ConcludeReassessmentDialog(project, commands, currentUser).open());
        review = new ReviewControls(() -> project, commands, currentUser);
        steps.add(requestChange, estimate, roi, assessment, actuals, giveView, conclude, review);
        steps.setWrap(true);
        timelineHeading = new H3("Decision timeline");
        pastBanner.setId("as-of-banner");
        pastBanner.setVisible(false);
        retrospective.setText("Retrospective report");
        retrospective.setId("open-retrospective");
        add(header, retrospective, pastBanner, steps, openChanges, planVersusActual, costsAndBenefits, timelineHeading);
        add(about, comment, send);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            projectId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No project " + parameter);
        }
        live = current().orElseThrow(() -> new NotFoundException("No project " + parameter));
        project = live;
        inThePast = false;
        show(project);
        retrospective.setRoute(ProjectRetrospectiveView.class, new RouteParameters("projectId", parameter));
        if (timeline != null) {
            remove(timeline, history);
        }
        history = new HistoryBar(queries, projectId, new HistoryBar.Page() {
            @Override
            public void showPast(ProjectDetail then, long step, String caption) {
                showThen(then, step, caption);
            }

            @Override
            public void showToday() {
                showNow();
            }
        });
        addComponentAtIndex(indexOf(header) + 1, history);
        timeline = new TimelineGrid(queries, projectId, commands, currentUser);
        timeline.onStepChosen(entry -> history.goToStep(entry.sequence()));
        timeline.onDecisionContext(entry -> DecisionContextDialog.open(queries, projectId, entry.sequence(), locale()));
        addComponentAtIndex(indexOf(timelineHeading) + 1, timeline);
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Project · Accord" : project.title() + " · Accord";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // Someone acted on the project, here or on another node: read it again (inside the access, so that of two
        // updates the later read is shown last).
        detailSubscription = queries.subscriptionQuery(
                new FindProjectDetail(projectId),
                ResponseTypes.optionalInstanceOf(ProjectDetail.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        detailSubscription
                .updates()
                .subscribe(changed -> ui.access(() -> current().ifPresent(detail -> {
                    live = detail;
                    if (!inThePast) {
                        project = detail;
                        show(detail);
                    }
                })));
        // Only the updates matter here: the grid reads its pages itself, so the initial page asked for is empty.
        timelineSubscription = queries.subscriptionQuery(
                new FindTimelinePage(projectId, null, null, 0, 0),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        timelineSubscription
                .updates()
                .subscribe(changed -> ui.access(() -> {
                    timeline.refresh();
                    Activity.tell(changed.note(), currentUser.actor());
                }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (detailSubscription != null) {
            detailSubscription.close();
        }
        if (timelineSubscription != null) {
            timelineSubscription.close();
        }
    }

    private Optional<ProjectDetail> current() {
        return queries.query(new FindProjectDetail(projectId), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join();
    }

    /** Shows the project as it stood at a moment of its history; nothing can be done to the past. */
    private void showThen(ProjectDetail then, long step, String caption) {
        inThePast = true;
        project = then;
        show(then);
        pastBanner.setText(caption + ". Back to today to act on the project.");
        pastBanner.setVisible(true);
        timeline.highlight(step);
    }

    private void showNow() {
        inThePast = false;
        project = live;
        show(live);
        pastBanner.setVisible(false);
        timeline.highlight(-1);
    }

    private void show(ProjectDetail detail) {
        boolean acts = currentUser.actsForASide() && !inThePast;
        steps.setVisible(acts);
        about.setVisible(acts);
        comment.setVisible(acts);
        send.setVisible(acts);
        header.show(detail, locale());
        openChanges.show(detail, locale(), !inThePast);
        planVersusActual.show(detail);
        costsAndBenefits.show(detail);
        boolean reassessing = detail.openReassessmentId() != null;
        giveView.setVisible(reassessing);
        conclude.setVisible(reassessing);
        review.show(detail);
        about.setItems(detail.changes());
    }

    private static Button step(String label, String id, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId(id);
        return button;
    }

    /** Finance's rate for the project's fiscal year, or the ledger's default while none is set. */
    private BigDecimal discountRate() {
        BigDecimal rate = queries.query(
                        new FindPortfolio(project.fiscalYear()), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join()
                .discountRatePercent();
        return rate == null ? DiscountRate.DEFAULT_PERCENT : rate;
    }

    private void addComment() {
        if (comment.getValue().isBlank()) {
            comment.setErrorMessage("Write something first");
            comment.setInvalid(true);
            return;
        }
        CommentSubject subject = about.getValue() == null
                ? CommentSubject.project()
                : new CommentSubject(
                        CommentSubject.Kind.CHANGE, about.getValue().changeId().toString());
        if (Refusals.attempt(() -> commands.sendAndWait(
                new AddComment(projectId, UUID.randomUUID(), subject, comment.getValue(), currentUser.actor())))) {
            comment.clear();
            about.clear();
            comment.setInvalid(false);
        }
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
