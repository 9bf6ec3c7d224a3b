package dev.accord.domain.scenario.api;

import java.util.UUID;

/**
 * What became of one change a scenario implied: opened (or, for a proposal, revised) as {@code changeId} at
 * {@code version}, or refused by the ledger for the reason given.
 */
public record ChangeOutcome(ImpliedChange change, UUID changeId, Integer version, String refusal) {

    public boolean opened() {
        return refusal == null;
    }
}
