package dev.accord.domain.delegation;

import dev.accord.domain.shared.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The delegation register as a list and a map of members, as the application's tables would hold them. */
public final class InMemoryDelegations implements DelegationRegister {

    private final Map<String, Actor> members = new HashMap<>();
    private final List<Delegation> delegations = new ArrayList<>();

    public InMemoryDelegations withMembers(Actor... people) {
        for (Actor person : people) {
            members.put(person.userId(), person);
        }
        return this;
    }

    /** A delegation as if it had been granted before. */
    public InMemoryDelegations given(Delegation delegation) {
        delegations.add(delegation);
        return this;
    }

    public List<Delegation> all() {
        return List.copyOf(delegations);
    }

    @Override
    public List<Delegation> between(String delegatorId, String delegateId) {
        return delegations.stream()
                .filter(d -> d.delegator().userId().equals(delegatorId)
                        && d.delegate().userId().equals(delegateId))
                .toList();
    }

    @Override
    public Optional<Actor> enabledMember(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    @Override
    public List<Delegation> givenBy(String delegatorId) {
        return delegations.stream()
                .filter(d -> d.delegator().userId().equals(delegatorId))
                .toList();
    }

    @Override
    public Optional<Delegation> find(UUID delegationId) {
        return delegations.stream()
                .filter(d -> d.delegationId().equals(delegationId))
                .findFirst();
    }

    @Override
    public void granted(Delegation delegation) {
        delegations.add(delegation);
    }

    @Override
    public void revoked(UUID delegationId, Actor revokedBy) {
        Delegation kept = find(delegationId).orElseThrow();
        delegations.set(
                delegations.indexOf(kept),
                new Delegation(
                        kept.delegationId(), kept.delegator(), kept.delegate(), kept.from(), kept.until(), true));
    }
}
