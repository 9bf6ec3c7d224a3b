package dev.accord.domain.delegation;

import dev.accord.domain.delegation.api.DelegationGranted;
import dev.accord.domain.delegation.api.DelegationRevoked;
import dev.accord.domain.delegation.api.DelegationState;
import dev.accord.domain.delegation.api.GrantDelegation;
import dev.accord.domain.delegation.api.RevokeDelegation;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Members hand their own approval authority to a colleague of their side while away, and take it back. Each grant
 * and revocation is checked here, on the server, and recorded as an event with who did it; the register is updated
 * in the same transaction. Only the delegator revokes: the authority is theirs, and an administrator, who holds no
 * side, has none to take back (disabling an account ends what it gave, see {@link Delegations#between}).
 */
public class DelegationDesk {

    /** The longest period a delegation may end after today: an absence, not a standing arrangement. */
    public static final int MAXIMUM_DAYS_AHEAD = 366;

    private final DelegationRegister register;
    private final EventBus events;

    public DelegationDesk(DelegationRegister register, EventBus events) {
        this.register = register;
        this.events = events;
    }

    @CommandHandler
    public UUID handle(GrantDelegation command) {
        Actor delegator = command.actor();
        if (delegator == null || !delegator.belongsToASide()) {
            throw new NotPermittedException("Only members of Finance or IT hold approval authority to delegate");
        }
        String delegateId = command.delegate() == null ? "" : command.delegate().strip();
        if (delegateId.isEmpty()) {
            throw new InvalidInputException("delegate", "Choose the colleague who approves for you");
        }
        if (delegateId.equals(delegator.userId())) {
            throw new InvalidInputException("delegate", "You cannot delegate to yourself");
        }
        Actor delegate = register.enabledMember(delegateId)
                .filter(member -> delegator.side() == member.side())
                .orElseThrow(() -> new InvalidInputException(
                        "delegate",
                        "Choose an enabled member of " + delegator.side().label()));
        LocalDate today = LedgerCalendar.today();
        checkPeriod(command.from(), command.until(), today);
        register.givenBy(delegator.userId()).stream()
                .filter(given -> given.stateOn(today) != DelegationState.REVOKED)
                .filter(given -> given.overlaps(command.from(), command.until()))
                .findFirst()
                .ifPresent(given -> {
                    throw new ConflictException(
                            "You already delegate to " + given.delegate().displayName() + " from " + given.from()
                                    + " to " + given.until() + "; revoke it or choose other days");
                });
        UUID delegationId = UUID.randomUUID();
        register.granted(new Delegation(delegationId, delegator, delegate, command.from(), command.until(), false));
        record(new DelegationGranted(delegationId, delegator, delegate, command.from(), command.until()));
        return delegationId;
    }

    @CommandHandler
    public void handle(RevokeDelegation command) {
        Delegation delegation = register.find(command.delegationId())
                .orElseThrow(() -> new NotFoundException("No delegation " + command.delegationId()));
        if (command.actor() == null
                || !delegation.delegator().userId().equals(command.actor().userId())) {
            throw new NotPermittedException(
                    "Only " + delegation.delegator().displayName() + ", who gave this delegation, may revoke it");
        }
        DelegationState state = delegation.stateOn(LedgerCalendar.today());
        if (state == DelegationState.REVOKED || state == DelegationState.ENDED) {
            throw new ConflictException(
                    "This delegation is already " + state.label().toLowerCase(java.util.Locale.ROOT));
        }
        register.revoked(delegation.delegationId(), command.actor());
        record(new DelegationRevoked(delegation.delegationId(), command.actor()));
    }

    private static void checkPeriod(LocalDate from, LocalDate until, LocalDate today) {
        if (from == null) {
            throw new InvalidInputException("from", "Choose the first day the colleague approves for you");
        }
        if (until == null) {
            throw new InvalidInputException("until", "Choose the last day the colleague approves for you");
        }
        if (from.isBefore(today)) {
            throw new InvalidInputException("from", "A delegation starts today or later");
        }
        if (until.isBefore(from)) {
            throw new InvalidInputException("until", "The last day cannot come before the first");
        }
        if (until.isAfter(today.plusDays(MAXIMUM_DAYS_AHEAD))) {
            throw new InvalidInputException(
                    "until", "A delegation ends within " + MAXIMUM_DAYS_AHEAD + " days of today");
        }
    }

    /** Published within the command's unit of work: stored with the register's change or not at all. */
    private void record(Object event) {
        events.publish(GenericEventMessage.asEventMessage(event));
    }
}
