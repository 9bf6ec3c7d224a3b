package dev.accord.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.accord.domain.project.api.CountTimeline;
import dev.accord.domain.project.api.FindTimelinePage;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.SideBadge;
import dev.accord.ui.integrity.ProofDialog;
import dev.accord.ui.steps.ReplyDialog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The decision timeline, read like a pull request's conversation: every step of the project oldest first, each
 * comment indented beneath the step it discusses; filterable by side and by kind of step. Read page by page from
 * the query side as the user scrolls (the server orders the threads), so a project with thousands of steps opens
 * at once. Every step can show its proof of inclusion in the signed history, and every step that can be discussed
 * offers Reply to members of a side: the reply is a comment on what the step belongs to, shown beneath it.
 */
class TimelineGrid extends VerticalLayout {

    private static final Map<String, String> SIDES = Map.of("Finance", "FINANCE", "IT", "IT", "Accord", "ACCORD");
    private static final List<String> KINDS = List.of(
            "ProjectProposed",
            "ChangeRequested",
            "ChangeRevised",
            "ChangeApproved",
            "ApprovalsVoided",
            "ChangeRejected",
            "ChangeWithdrawn",
            "ChangeTookEffect",
            "ApprovalReminded",
            "ApprovalEscalated",
            "EstimateSubmitted",
            "RoiCaseRecorded",
            "AssessmentAnswered",
            "AssessmentCompleted",
            "ActualsRecorded",
            "ReassessmentFellDue",
            "ReassessmentViewSubmitted",
            "ReassessmentConcluded",
            "CommentAdded",
            "ReviewPolicySet");

    /** Steps that took a decision: their entries open what was on the table at that moment. */
    private static final Set<String> DECISIONS =
            Set.of("ChangeApproved", "ChangeRejected", "ChangeWithdrawn", "ChangeTookEffect", "ReassessmentConcluded");

    private final Grid<TimelineEntry> grid = new Grid<>();
    private Consumer<TimelineEntry> openContext = entry -> {};
    private long currentStep = -1;
    private final ComboBox<String> side = new ComboBox<>("Side");
    private final ComboBox<String> kind = new ComboBox<>("Kind of step");

    TimelineGrid(QueryGateway queries, UUID projectId, CommandGateway commands, CurrentUser currentUser) {
        setPadding(false);
        side.setItems(SIDES.keySet().stream().sorted().toList());
        side.setClearButtonVisible(true);
        side.setId("timeline-side-filter");
        kind.setItems(KINDS);
        kind.setClearButtonVisible(true);
        kind.setId("timeline-kind-filter");
        side.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());

        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> Formats.instant(entry.at(), locale()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(entry -> {
                    HorizontalLayout who =
                            new HorizontalLayout(new Span(entry.actor().displayName()));
                    if (entry.actor().side() != null) {
                        who.add(new SideBadge(entry.actor().side()));
                    }
                    return who;
                }))
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // A reply is marked in its text (the arrow) and indented by the theme (class timeline-reply).
        grid.addColumn(LitRenderer.<TimelineEntry>of(
                                "<div class=\"${item.thread}\">${item.marker}${item.summary}</div>")
                        .withProperty("thread", entry -> entry.repliesTo() == null ? "timeline-step" : "timeline-reply")
                        .withProperty("marker", entry -> entry.repliesTo() == null ? "" : "\u21b3 ")
                        .withProperty("summary", TimelineEntry::summary))
                .setHeader("What happened")
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(entry -> {
                    if (!DECISIONS.contains(entry.type())) {
                        return new Span();
                    }
                    Button context = new Button("Context", click -> openContext.accept(entry));
                    context.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    context.addClassName("decision-context");
                    context.setAriaLabel("What was on the table for: " + entry.summary());
                    return context;
                }))
                .setHeader("Decision")
                .setKey("decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Replies are for members of a side, on today's history (not while the page shows the past).
        grid.addColumn(new ComponentRenderer<>(entry -> {
                    if (entry.replyAs() == null || currentStep >= 0 || !currentUser.actsForASide()) {
                        return new Span();
                    }
                    Button reply = new Button(
                            "Reply", click -> new ReplyDialog(projectId, entry, commands, currentUser).open());
                    reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    reply.addClassName("timeline-reply-button");
                    reply.setAriaLabel("Reply to: " + entry.summary());
                    // Choosing a row shows the project as it stood then; replying is not choosing the row.
                    reply.getElement().addEventListener("click", ignored -> {}).stopPropagation();
                    return reply;
                }))
                .setHeader("Reply")
                .setKey("reply")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(entry -> {
                    Button proof = new Button(
                            "Proof",
                            click -> ProofDialog.open(queries, projectId, entry.sequence(), entry.summary(), locale()));
                    proof.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    proof.addClassName("timeline-proof");
                    proof.setAriaLabel("Proof that this step is in the signed history: " + entry.summary());
                    return proof;
                }))
                .setHeader("Proof")
                .setKey("proof")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Steps of one change (its versions, approvals, decision and the comments on it) share a mark at the edge;
        // the step a replay or an as-of view shows is marked too.
        grid.setPartNameGenerator(entry -> {
            String thread = entry.changeId() == null ? null : "change-thread";
            return entry.sequence() == currentStep ? (thread == null ? "" : thread + " ") + "current-step" : thread;
        });
        grid.setHeight("36rem");
        grid.setEmptyStateText("No steps match these filters. Clear them to see the whole history.");
        grid.setItems(
                query -> queries
                        .query(
                                new FindTimelinePage(
                                        projectId, sideFilter(), kind.getValue(), query.getOffset(), query.getLimit()),
                                ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                        .join()
                        .stream(),
                query -> queries.query(
                                new CountTimeline(projectId, sideFilter(), kind.getValue()),
                                ResponseTypes.instanceOf(Long.class))
                        .join()
                        .intValue());
        add(new HorizontalLayout(side, kind), grid);
    }

    /** Someone chose a step: the page shows the project as it stood just after it. */
    void onStepChosen(Consumer<TimelineEntry> listener) {
        grid.addItemClickListener(click -> listener.accept(click.getItem()));
    }

    void onDecisionContext(Consumer<TimelineEntry> listener) {
        openContext = listener;
    }

    /** Marks the step a replay or an as-of view is showing (-1 for none) and brings it into view. */
    void highlight(long sequence) {
        currentStep = sequence;
        grid.getDataProvider().refreshAll();
        if (sequence >= 0 && side.getValue() == null && kind.getValue() == null) {
            grid.scrollToIndex((int) sequence);
        }
    }

    /** A step was added: read the visible page again (a comment may land mid-way, beneath what it discusses). */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String sideFilter() {
        return side.getValue() == null ? null : SIDES.get(side.getValue());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
