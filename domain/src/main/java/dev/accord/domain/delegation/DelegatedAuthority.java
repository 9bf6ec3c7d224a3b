package dev.accord.domain.delegation;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.delegation.api.DelegationState;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.NotPermittedException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a delegate may decide on a change on someone's behalf: only with a delegation from them active today,
 * within one side, never for a change either of them requested, and never a second time for the same version.
 */
public final class DelegatedAuthority {

    private DelegatedAuthority() {}

    /**
     * The delegator the decision is given on behalf of, as they were recorded when they delegated (their side and
     * lead flag), or null when {@code delegatorId} is absent and the actor decides for themselves.
     *
     * @param approvals the approvals of the change's current version, to refuse a second one by the same authority
     */
    public static Actor onBehalfOf(
            Delegations delegations,
            Actor delegate,
            String delegatorId,
            Actor requester,
            List<Approval> approvals,
            String what) {
        if (delegatorId == null || delegatorId.isBlank()) {
            return null;
        }
        JointApproval.checkActsForASide(delegate, what);
        if (delegatorId.equals(delegate.userId())) {
            throw new InvalidInputException("onBehalfOf", "You decide for yourself: leave out whom you act for");
        }
        List<Delegation> given = delegations.between(delegatorId, delegate.userId());
        var today = LedgerCalendar.today();
        Delegation active = given.stream()
                .filter(delegation -> delegation.stateOn(today) == DelegationState.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new NotPermittedException(noActiveDelegation(given, delegatorId, today)));
        Actor delegator = active.delegator();
        if (delegator.side() != delegate.side()) {
            throw new NotPermittedException(
                    "A delegation never crosses sides: " + delegator + " cannot be " + "represented by " + delegate);
        }
        if (requester.userId().equals(delegator.userId()) || requester.userId().equals(delegate.userId())) {
            throw new NotPermittedException("A delegation never covers one's own request: " + requester.displayName()
                    + " requested this change");
        }
        boolean alreadyApproved = approvals.stream()
                .anyMatch(approval -> approval.approver().userId().equals(delegator.userId())
                        || approval.authority().userId().equals(delegator.userId()));
        if (alreadyApproved) {
            throw new ConflictException(delegator.displayName() + " has already approved this version; it counts once");
        }
        return delegator;
    }

    private static String noActiveDelegation(List<Delegation> given, String delegatorId, java.time.LocalDate today) {
        return given.stream()
                .map(delegation -> switch (delegation.stateOn(today)) {
                    case ENDED ->
                        delegation.delegator().displayName() + "'s delegation to you ended on " + delegation.until();
                    case UPCOMING ->
                        delegation.delegator().displayName() + "'s delegation to you starts on " + delegation.from();
                    default -> delegation.delegator().displayName() + " revoked the delegation to you";
                })
                .distinct()
                .reduce((some, more) -> some + "; " + more)
                .map(reasons -> "You hold no delegation active today: " + reasons)
                .orElse("You hold no delegation from " + delegatorId + " active today; only "
                        + delegatorId.toLowerCase(Locale.ROOT) + " can hand you their approvals");
    }
}
