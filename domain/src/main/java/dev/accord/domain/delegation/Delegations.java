package dev.accord.domain.delegation;

import java.util.List;

/**
 * The delegations a decision on a change consults. A change's approve and reject handlers take this as a parameter
 * (the application registers its SQL implementation, tests an in-memory one) and decide with
 * {@link DelegatedAuthority} whether the delegate may act for the delegator today.
 */
public interface Delegations {

    /**
     * Every delegation {@code delegatorId} gave {@code delegateId}, revoked ones included. A person whose account is
     * disabled holds no authority to hand on: their delegations are left out.
     */
    List<Delegation> between(String delegatorId, String delegateId);
}
