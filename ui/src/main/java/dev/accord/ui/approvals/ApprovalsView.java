package dev.accord.ui.approvals;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.FindOwnOpenRequests;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Activity;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Loading;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.base.SideBadge;
import dev.accord.ui.portfolio.PortfolioView;
import dev.accord.ui.portfolio.YearChangeCard;
import dev.accord.ui.portfolio.YearContext;
import dev.accord.ui.portfolio.YearDecisionDialog;
import dev.accord.ui.project.ProjectView;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * What awaits my side, with the exact version and figures I would approve; and my own requests, waiting for
 * the others. A fiscal year's own changes (its budget, its approval rules) come in like a project's. Live: a change
 * requested or decided anywhere shows here at once.
 */
@Route(value = "approvals", layout = MainLayout.class)
@PageTitle("Approvals · Accord")
@PermitAll
public class ApprovalsView extends VerticalLayout {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Div awaitingMe = new Div();
    private final Div mine = new Div();
    private final ShownCards<Card> awaitingCards =
            new ShownCards<>(awaitingMe, card -> card.change().changeId());
    private final ShownCards<Card> ownCards =
            new ShownCards<>(mine, card -> card.change().changeId());
    private final Paragraph nothingAwaits = new Paragraph("Nothing awaits your side. Changes that need your approval "
            + "appear here the moment they are requested.");
    private final Paragraph noOwnRequests = new Paragraph("You have no open requests.");
    private SubscriptionQueryResult<List<PendingApproval>, ReadModelChanged> subscription;

    public ApprovalsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        awaitingMe.setId("awaiting-my-side");
        mine.setId("my-requests");
        awaitingMe.setWidthFull();
        mine.setWidthFull();
        Actor me = currentUser.actor();
        add(
                new H2("Approvals"),
                new H3(
                        me.side() == null
                                ? "Awaiting approval"
                                : "Awaiting " + me.side().label()),
                awaitingMe,
                new H3("My requests"),
                mine);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        Actor me = currentUser.actor();
        subscription = queries.subscriptionQuery(
                new FindPendingApprovals(me.userId(), me.side(), me.lead()),
                ResponseTypes.multipleInstancesOf(PendingApproval.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        // The first answer arrives asynchronously, after the page has shown: until then, say it is coming.
        awaitingCards.clear();
        ownCards.clear();
        awaitingMe.add(new Loading("what awaits your side"));
        subscription
                .initialResult()
                .subscribe(pending -> ui.access(() -> show(pending)), failure -> ui.access(this::showFailure));
        // Any change to open changes, on any node: read both lists again (each query applies its own filter), inside
        // the access, so that of two updates the later read is shown last.
        subscription
                .updates()
                .subscribe(
                        changed -> ui.access(() -> {
                            show(queries.query(
                                            new FindPendingApprovals(me.userId(), me.side(), me.lead()),
                                            ResponseTypes.multipleInstancesOf(PendingApproval.class))
                                    .join());
                            Activity.tell(changed.note(), me);
                        }),
                        failure -> ui.access(this::showFailure));
    }

    private void showFailure() {
        awaitingCards.clear();
        ownCards.clear();
        awaitingMe.add(new Paragraph("The approvals could not be loaded."));
        Refusals.couldNotLoad("the approvals");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    private void show(List<PendingApproval> pending) {
        boolean canDecide = currentUser.actsForASide();
        List<Actor> mayActFor = ReceivedDelegations.activeDelegators(queries, currentUser.actor());
        awaitingCards.show(
                pending.stream()
                        .map(change -> read(change, canDecide, mayActFor))
                        .toList(),
                this::card,
                nothingAwaits);
        List<PendingApproval> own = queries.query(
                        new FindOwnOpenRequests(currentUser.actor().userId()),
                        ResponseTypes.multipleInstancesOf(PendingApproval.class))
                .join();
        ownCards.show(own.stream().map(change -> read(change, false, List.of())).toList(), this::card, noOwnRequests);
    }

    /**
     * One card: the change, what it is decided against (the project's estimates, ROI case and assessment, or the
     * year's figures in a sentence) and who may decide it here. Equal cards look the same, so a card is built again
     * only when one of these has changed.
     */
    private record Card(
            PendingApproval change,
            Optional<ProjectDetail> project,
            String yearFacts,
            boolean canDecide,
            List<Actor> mayActFor) {}

    private Card read(PendingApproval change, boolean canDecide, List<Actor> mayActFor) {
        if (change.isYearChange()) {
            return new Card(
                    change, Optional.empty(), YearContext.facts(queries, change, getLocale()), canDecide, mayActFor);
        }
        Optional<ProjectDetail> project = queries.query(
                        new FindProjectDetail(change.projectId()),
                        ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join();
        return new Card(change, project, null, canDecide, mayActFor);
    }

    private Component card(Card shown) {
        PendingApproval change = shown.change();
        boolean canDecide = shown.canDecide();
        List<Actor> mayActFor = shown.mayActFor();
        RouterLink subject = change.isYearChange()
                ? new RouterLink(YearChangeCard.title(change), PortfolioView.class, change.fiscalYear())
                : new RouterLink(
                        change.projectTitle(),
                        ProjectView.class,
                        change.projectId().toString());
        Span what = new Span(describe(change));
        what.addClassName("change-figures");
        HorizontalLayout requester = new HorizontalLayout(
                new Span("Requested by " + change.requestedBy().displayName()),
                new SideBadge(change.requestedBy().side()),
                new Span(Formats.instant(change.requestedAt(), getLocale())));
        requester.setAlignItems(Alignment.CENTER);
        Paragraph rationale = new Paragraph(
                change.rationale() == null || change.rationale().isBlank()
                        ? "No reason given"
                        : "\u201c" + change.rationale() + "\u201d");
        Span waiting = new Span(waitingFor(change));
        waiting.addClassName("waiting-for");

        // A project's change is approved on the business case shown (its basis); a year's change on the year's figures.
        // The approval sends the versions shown (BusinessCaseFigures#basis).
        BusinessCaseFigures figures = shown.project()
                .map(project -> new BusinessCaseFigures(project, change.changeId(), getLocale()))
                .orElse(null);
        Component context = change.isYearChange() ? YearContext.shown(shown.yearFacts()) : figures;
        VerticalLayout card = new VerticalLayout(subject, what, requester, rationale);
        if (context != null) {
            card.add(context);
        }
        card.add(waiting);
        card.addClassName("approval-card");
        card.getElement().setAttribute("data-change", change.changeId().toString());
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("margin-bottom", "var(--lumo-space-m)");
        if (canDecide && change.isYearChange()) {
            card.add(YearDecisionDialog.buttons(change, describe(change), commands, currentUser));
        } else if (canDecide) {
            card.add(DecisionDialog.buttons(
                    change.projectId(),
                    change.changeId(),
                    change.version(),
                    describe(change) + " for \u201c" + change.projectTitle() + "\u201d",
                    commands,
                    currentUser,
                    mayActFor,
                    figures == null ? null : figures.basis()));
        }
        return card;
    }

    private String describe(PendingApproval change) {
        if (change.isYearChange()) {
            return YearChangeCard.describe(change, getLocale());
        }
        String figures = change.budget() != null
                ? ": " + Formats.money(change.budget(), getLocale())
                : change.proposal() != null ? ": " + change.proposal() : "";
        String kind = change.kind() == ChangeKind.INITIAL_BUDGET ? "Initial budget" : Formats.words(change.kind());
        return kind + figures + " (version " + change.version() + ")";
    }

    /** What the change still lacks, by the domain's one rule ({@link JointApproval#missing}): "Waiting for the CFO". */
    private static String waitingFor(PendingApproval change) {
        Set<Side> approved = change.approvedSides();
        String waiting = change.missing().summary();
        String have = approved.size() == 1 ? " has approved)" : " have approved)";
        return approved.isEmpty() ? waiting : waiting + " (" + labels(approved) + have;
    }

    private static String labels(Set<Side> sides) {
        return String.join(" and ", sides.stream().map(Side::label).toList());
    }
}
