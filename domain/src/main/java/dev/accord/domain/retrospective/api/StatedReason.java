package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;

/**
 * A reason someone gave (or the ledger gave, for a reassessment that fell due on its own) for a revision,
 * a rejection or a reassessment, in their own words.
 *
 * @param about what the reason is for: "Budget change, version 2", "Reassessment 1" …
 */
public record StatedReason(Kind kind, String about, String text, Actor givenBy, Instant at) {

    public enum Kind {
        REVISION,
        REJECTION,
        REASSESSMENT,
        REASSESSMENT_VIEW,
        REASSESSMENT_CONCLUSION
    }
}
