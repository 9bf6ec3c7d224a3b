package dev.accord.ui.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Approve one exact version of a change (with an optional comment) or reject it (with a required reason).
 * Shows exactly what is being decided, so nobody approves figures they did not see.
 */
public class DecisionDialog extends Dialog {

    public enum Decision {
        APPROVE,
        REJECT
    }

    /** "Approve version n" and "Reject" for one change, each opening this dialog with what is decided. */
    public static HorizontalLayout buttons(
            UUID projectId, UUID changeId, int version, String what, CommandGateway commands, CurrentUser currentUser) {
        return buttons(projectId, changeId, version, what, commands, currentUser, List.of());
    }

    /**
     * The same, for someone who holds active delegations: the dialog lets them decide for themselves or on behalf of
     * one of {@code mayActFor} (the server checks the delegation again).
     */
    public static HorizontalLayout buttons(
            UUID projectId,
            UUID changeId,
            int version,
            String what,
            CommandGateway commands,
            CurrentUser currentUser,
            List<Actor> mayActFor) {
        return buttons(projectId, changeId, version, what, commands, currentUser, mayActFor, null);
    }

    /**
     * The same, stating the business case shown beside the buttons ({@code shown}; null where none is shown): the
     * ledger refuses the approval should newer figures have arrived since.
     */
    public static HorizontalLayout buttons(
            UUID projectId,
            UUID changeId,
            int version,
            String what,
            CommandGateway commands,
            CurrentUser currentUser,
            List<Actor> mayActFor,
            ApprovalBasis shown) {
        Button approve = new Button(
                "Approve version " + version,
                click -> new DecisionDialog(
                                Decision.APPROVE,
                                projectId,
                                changeId,
                                version,
                                what,
                                commands,
                                currentUser,
                                mayActFor,
                                shown)
                        .open());
        approve.addClassName("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(
                "Reject",
                click -> new DecisionDialog(
                                Decision.REJECT,
                                projectId,
                                changeId,
                                version,
                                what,
                                commands,
                                currentUser,
                                mayActFor,
                                null)
                        .open());
        reject.addClassName("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, reject);
    }

    public DecisionDialog(
            Decision decision,
            UUID projectId,
            UUID changeId,
            int version,
            String what,
            CommandGateway commands,
            CurrentUser currentUser,
            List<Actor> mayActFor) {
        this(decision, projectId, changeId, version, what, commands, currentUser, mayActFor, null);
    }

    /** {@code shown}: the business case the approver was shown, which the approval states (null: none shown). */
    public DecisionDialog(
            Decision decision,
            UUID projectId,
            UUID changeId,
            int version,
            String what,
            CommandGateway commands,
            CurrentUser currentUser,
            List<Actor> mayActFor,
            ApprovalBasis shown) {
        boolean approving = decision == Decision.APPROVE;
        setHeaderTitle(approving ? "Approve version " + version : "Reject the change");
        setWidth("min(34rem, 95vw)");
        TextArea text = new TextArea(approving ? "Comment (optional)" : "Reason");
        text.setId(approving ? "approval-comment" : "rejection-reason");
        text.setWidthFull();
        text.setRequired(!approving);
        add(new Paragraph(what));
        if (approving && shown != null) {
            Paragraph basis = new Paragraph("On the figures shown: " + shown.describe());
            basis.addClassName("approval-basis");
            add(basis);
        }
        Actor me = currentUser.actor();
        Select<Actor> as = new Select<>();
        if (!mayActFor.isEmpty()) {
            as.setId("decide-as");
            as.setLabel(approving ? "Approve as" : "Reject as");
            as.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(me), mayActFor.stream())
                    .toList());
            as.setItemLabelGenerator(actor -> actor.equals(me) ? "Myself, " + me : "On behalf of " + actor);
            as.setValue(me);
            as.setWidthFull();
            add(as);
        }
        add(text);

        Button confirm = new Button(approving ? "Approve" : "Reject", click -> {
            if (!approving && text.getValue().isBlank()) {
                text.setErrorMessage("Say why you reject it: the requester and the other side will read it");
                text.setInvalid(true);
                return;
            }
            String onBehalfOf = as.getValue() == null || as.getValue().equals(me)
                    ? null
                    : as.getValue().userId();
            boolean done = Refusals.attempt(() -> commands.sendAndWait(
                    approving
                            ? new ApproveChange(projectId, changeId, version, text.getValue(), me, onBehalfOf, shown)
                            : new RejectChange(projectId, changeId, text.getValue(), me, onBehalfOf)));
            if (done) {
                Refusals.done(approving ? "Approved version " + version : "Rejected");
                close();
            }
        });
        confirm.setId(approving ? "confirm-approval" : "confirm-rejection");
        confirm.addThemeVariants(
                ButtonVariant.LUMO_PRIMARY, approving ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
