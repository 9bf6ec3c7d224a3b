package dev.accord.ui.portfolio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.SideBadge;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A change of the fiscal year itself awaiting approval, like a pull request's review state: what it sets, who
 * requested it and why, whose approvals count so far, what it still waits for ("Waiting for IT") and, for someone who
 * may decide it, the buttons to approve or reject it.
 */
public class YearChangeCard extends Div {

    YearChangeCard(PendingApproval change, Component details, Locale locale) {
        addClassName("year-change-card");
        getElement().setAttribute("data-change", change.changeId().toString());
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("box-sizing", "border-box");
        Span what = new Span(describe(change, locale));
        what.addClassName("change-figures");
        what.getStyle().set("font-weight", "600");
        HorizontalLayout by = new HorizontalLayout(
                new Span("Requested by " + change.requestedBy().displayName()),
                new SideBadge(change.requestedBy().side()),
                new Span(Formats.instant(change.requestedAt(), locale)));
        by.setAlignItems(FlexComponent.Alignment.CENTER);
        by.addClassName("requested-by");
        add(what);
        if (details != null) {
            add(details);
        }
        add(by);
        if (change.rationale() != null && !change.rationale().isBlank()) {
            add(new Paragraph("\u201c" + change.rationale() + "\u201d"));
        }
        Div approvals = new Div();
        approvals.addClassName("approved-by");
        for (Actor approver : change.approvedBy()) {
            HorizontalLayout line = new HorizontalLayout(
                    new Span("\u2713 " + approver.displayName() + " approved version " + change.version()),
                    new SideBadge(approver.side()));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            approvals.add(line);
        }
        Span waiting = new Span(change.missing().summary());
        waiting.addClassName("waiting-for");
        add(approvals, waiting);
    }

    /** Adds what this person may do: decide it, or, as its requester, read why they cannot. */
    YearChangeCard withActions(
            PendingApproval change, CommandGateway commands, CurrentUser currentUser, Locale locale) {
        Actor me = currentUser.actor();
        if (!me.belongsToASide()) {
            return this;
        }
        if (change.requestedBy().userId().equals(me.userId())) {
            Span own = new Span("You requested this: one member of each side other than you approves it.");
            own.addClassName("own-request");
            own.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(new Div(own));
        } else if (change.approvedBy(me)) {
            add(new Div(new Span("You approved version " + change.version() + ".")));
        } else {
            add(YearDecisionDialog.buttons(change, describe(change, locale), commands, currentUser));
        }
        return this;
    }

    /**
     * "IT budget 2031: €4,000,000.00 (version 1)", "Approval rules 2031: … (version 1)", "Ranking weights 2031: ROI 50
     * · Clear ROI 50 (version 1)".
     */
    public static String describe(PendingApproval change, Locale locale) {
        String figures = change.yearChange() == YearChangeKind.YEAR_BUDGET
                ? Formats.money(change.budget(), locale)
                : change.proposal();
        return title(change) + ": " + figures + " (version " + change.version() + ")";
    }

    /** "IT budget 2031", "Approval rules 2031", "Ranking weights 2031". */
    public static String title(PendingApproval change) {
        String what = switch (change.yearChange()) {
            case YEAR_BUDGET -> "IT budget ";
            case APPROVAL_RULES -> "Approval rules ";
            case RANKING_WEIGHTS -> "Ranking weights ";
        };
        return what + change.fiscalYear();
    }
}
