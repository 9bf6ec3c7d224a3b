package dev.accord.domain.delegation;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the application keeps delegations, updated in the same transaction as the event that records each change. */
public interface DelegationRegister extends Delegations {

    /** The enabled member (not a viewer or administrator) with this user name, as they would act now. */
    Optional<Actor> enabledMember(String userId);

    /** Every delegation this person gave, revoked ones included. */
    List<Delegation> givenBy(String delegatorId);

    Optional<Delegation> find(UUID delegationId);

    void granted(Delegation delegation);

    void revoked(UUID delegationId, Actor revokedBy);
}
