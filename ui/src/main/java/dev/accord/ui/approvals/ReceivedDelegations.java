package dev.accord.ui.approvals;

import dev.accord.domain.delegation.api.DelegationState;
import dev.accord.domain.delegation.api.DelegationSummary;
import dev.accord.domain.delegation.api.FindDelegations;
import dev.accord.domain.shared.Actor;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Whom I may decide for today: the delegators of the delegations I received that are active. */
final class ReceivedDelegations {

    private ReceivedDelegations() {}

    static List<Actor> activeDelegators(QueryGateway queries, Actor me) {
        if (!me.belongsToASide()) {
            return List.of();
        }
        return queries
                .query(new FindDelegations(me.userId()), ResponseTypes.multipleInstancesOf(DelegationSummary.class))
                .join()
                .stream()
                .filter(delegation -> delegation.delegate().userId().equals(me.userId()))
                .filter(delegation -> delegation.state() == DelegationState.ACTIVE)
                .map(DelegationSummary::delegator)
                .distinct()
                .toList();
    }
}
