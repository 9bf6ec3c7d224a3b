package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.portfolio.api.ApproveApprovalRules;
import dev.accord.domain.portfolio.api.ApproveRankingWeights;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.RejectApprovalRules;
import dev.accord.domain.portfolio.api.RejectRankingWeights;
import dev.accord.domain.portfolio.api.RejectYearBudget;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Approve one exact version of a change of the fiscal year itself (its budget, approval rules or ranking weights),
 * with an optional comment, or reject it with a reason. Whether the person may is the ledger's to say: a refusal
 * (their own request, a request decided meanwhile, a budget that no longer carries the year's allocations) is shown as
 * it comes.
 */
public class YearDecisionDialog extends Dialog {

    private enum Decision {
        APPROVE,
        REJECT
    }

    /** "Approve version n" and "Reject" for one of the year's changes, each opening this dialog with what is decided. */
    public static HorizontalLayout buttons(
            PendingApproval change, String what, CommandGateway commands, CurrentUser currentUser) {
        Button approve = new Button(
                "Approve version " + change.version(),
                click -> new YearDecisionDialog(Decision.APPROVE, change, what, commands, currentUser).open());
        approve.addClassName("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(
                "Reject", click -> new YearDecisionDialog(Decision.REJECT, change, what, commands, currentUser).open());
        reject.addClassName("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, reject);
    }

    private YearDecisionDialog(
            Decision decision, PendingApproval change, String what, CommandGateway commands, CurrentUser currentUser) {
        boolean approving = decision == Decision.APPROVE;
        setHeaderTitle(approving ? "Approve version " + change.version() : "Reject the request");
        setWidth("min(34rem, 95vw)");
        TextArea text = new TextArea(approving ? "Comment (optional)" : "Reason");
        text.setId(approving ? "approval-comment" : "rejection-reason");
        text.setWidthFull();
        text.setRequired(!approving);
        add(new Paragraph(what), text);

        Button confirm = new Button(approving ? "Approve" : "Reject", click -> {
            if (!approving && text.getValue().isBlank()) {
                text.setErrorMessage("Say why you reject it: the requester and the other side will read it");
                text.setInvalid(true);
                return;
            }
            Actor me = currentUser.actor();
            Object command = approving ? approval(change, text.getValue(), me) : rejection(change, text.getValue(), me);
            if (Refusals.attempt(() -> commands.sendAndWait(command))) {
                Refusals.done(approving ? "Approved version " + change.version() : "Rejected");
                close();
            }
        });
        confirm.setId(approving ? "confirm-approval" : "confirm-rejection");
        confirm.addThemeVariants(
                ButtonVariant.LUMO_PRIMARY, approving ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    private static Object approval(PendingApproval change, String comment, Actor me) {
        String given = comment.isBlank() ? null : comment;
        return switch (change.yearChange()) {
            case YEAR_BUDGET ->
                new ApproveYearBudget(change.fiscalYear(), change.changeId(), change.version(), given, me);
            case APPROVAL_RULES ->
                new ApproveApprovalRules(change.fiscalYear(), change.changeId(), change.version(), given, me);
            case RANKING_WEIGHTS ->
                new ApproveRankingWeights(change.fiscalYear(), change.changeId(), change.version(), given, me);
        };
    }

    private static Object rejection(PendingApproval change, String reason, Actor me) {
        return switch (change.yearChange()) {
            case YEAR_BUDGET -> new RejectYearBudget(change.fiscalYear(), change.changeId(), reason, me);
            case APPROVAL_RULES -> new RejectApprovalRules(change.fiscalYear(), change.changeId(), reason, me);
            case RANKING_WEIGHTS -> new RejectRankingWeights(change.fiscalYear(), change.changeId(), reason, me);
        };
    }
}
