package dev.accord.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.approval.MissingApprovals;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.FindOpenChangesOfProject;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import dev.accord.ui.approvals.DecisionDialog;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.base.SideBadge;
import dev.accord.ui.steps.ReviseChangeDialog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The changes still on the table, each summarised like a pull request's review state: who has approved this
 * version, whose side is still missing, and which earlier approvals a revision voided.
 */
class OpenChanges extends VerticalLayout {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;

    OpenChanges(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        setPadding(false);
        setId("open-changes");
    }

    void show(ProjectDetail project, Locale locale) {
        show(project, locale, true);
    }

    /** As {@link #show(ProjectDetail, Locale)}; without the buttons to act when the project is shown as it was. */
    void show(ProjectDetail project, Locale locale, boolean actionable) {
        removeAll();
        add(new H3("Open changes"));
        var open = project.changes().stream()
                .filter(change -> change.state().isOpen())
                .toList();
        if (open.isEmpty()) {
            add(new Paragraph("No change is waiting for a decision."));
        }
        Map<UUID, MissingApprovals> missing = actionable ? missing(project) : Map.of();
        open.forEach(change -> add(card(project, change, locale, actionable, missing.get(change.changeId()))));
    }

    /** What each open change lacks by the rules it was requested under, as the approvals inbox weighs it. */
    private Map<UUID, MissingApprovals> missing(ProjectDetail project) {
        return queries
                .query(
                        new FindOpenChangesOfProject(project.id()),
                        ResponseTypes.multipleInstancesOf(PendingApproval.class))
                .join()
                .stream()
                .collect(Collectors.toMap(PendingApproval::changeId, PendingApproval::missing));
    }

    private Div card(
            ProjectDetail project, ChangeRow change, Locale locale, boolean actionable, MissingApprovals lacking) {
        Actor me = currentUser.actor();
        String figures = change.terms().budget() != null
                ? Formats.money(change.terms().budget(), locale)
                : change.terms().scope() != null
                        ? change.terms().scope()
                        : change.terms().targetDate() != null
                                ? "end date " + change.terms().targetDate()
                                : change.terms().describe();
        String kind = change.kind() == ChangeKind.INITIAL_BUDGET ? "Initial budget" : Formats.words(change.kind());
        Span what = new Span(kind + (figures.isEmpty() ? "" : ": " + figures) + " \u00b7 version " + change.version());
        what.getStyle().set("font-weight", "600");
        HorizontalLayout by = new HorizontalLayout(
                new Span("Requested by " + change.requestedBy().displayName()),
                new SideBadge(change.requestedBy().side()),
                new Span(Formats.instant(change.requestedAt(), locale)));
        by.setAlignItems(Alignment.CENTER);

        Div approvals = new Div();
        for (ApprovalRow approval : change.approvals()) {
            HorizontalLayout line = new HorizontalLayout(
                    new Span((approval.voided() ? "Voided: " : "\u2713 ") + approval.approverName()
                            + " approved version " + approval.version()),
                    new SideBadge(approval.approver().side()));
            line.setAlignItems(Alignment.CENTER);
            if (approval.voided()) {
                line.getStyle().set("text-decoration", "line-through").set("opacity", "0.6");
            }
            approvals.add(line);
        }
        Set<Side> missing = change.missingSides();
        Span waiting = new Span(
                lacking != null && !lacking.complete()
                        ? lacking.summary()
                        : missing.isEmpty()
                                ? "Both sides have approved"
                                : "Waiting for "
                                        + String.join(
                                                " and ",
                                                missing.stream()
                                                        .map(Side::label)
                                                        .toList()));
        waiting.addClassName("waiting-for");

        Div card = new Div(what, by, new Paragraph("\u201c" + change.rationale() + "\u201d"), approvals, waiting);
        card.addClassName("change-card");
        card.getElement().setAttribute("data-change", change.changeId().toString());
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("width", "100%")
                .set("box-sizing", "border-box");

        boolean mine = change.requestedBy().userId().equals(me.userId());
        boolean approvedByMe = change.approvedBy(me);
        String summary = what.getText() + " for \u201c" + project.title() + "\u201d";
        HorizontalLayout actions = new HorizontalLayout();
        if (!actionable) {
            return card;
        }
        if (me.belongsToASide() && !mine && !approvedByMe) {
            // The page shows the project's estimates and ROI case: the approval states them.
            actions = DecisionDialog.buttons(
                    project.id(),
                    change.changeId(),
                    change.version(),
                    summary,
                    commands,
                    currentUser,
                    List.of(),
                    ApprovalBasis.of(project.estimates(), project.roiCase()));
        }
        if (mine) {
            Button withdraw = new Button("Withdraw", click -> {
                if (Refusals.attempt(() -> commands.sendAndWait(
                        new WithdrawChange(project.id(), change.changeId(), currentUser.actor())))) {
                    Refusals.done("Withdrawn");
                }
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button revise = new Button(
                    "Revise", click -> new ReviseChangeDialog(project.id(), change, commands, currentUser).open());
            revise.addClassName("revise");
            actions.add(revise, withdraw);
        }
        card.add(actions);
        return card;
    }
}
