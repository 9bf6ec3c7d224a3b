package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One decision and how long it took: a change that took effect, was rejected or withdrawn, or a reassessment
 * that was concluded. Times are the instants the ledger recorded the events.
 *
 * @param kind              the kind of change decided; null for a reassessment
 * @param subject           what was decided, to read: "Initial budget", "Budget", "Reassessment 1" …
 * @param terms             the figures decided on, e.g. "EUR 110,000.00", "end date 2027-06-30"; "" if none
 * @param versions          the version decided on: 1 plus the number of revisions
 * @param sinceProposal     from the proposal to the decision
 * @param sinceOpened       from the change's request (or the reassessment falling due) to the decision
 * @param reason            the rejection's reason or the conclusion's rationale; null otherwise
 */
public record DecisionLeadTime(
        UUID id,
        ChangeKind kind,
        String subject,
        DecisionOutcome outcome,
        String terms,
        int versions,
        Instant openedAt,
        Instant decidedAt,
        Duration sinceProposal,
        Duration sinceOpened,
        Actor decidedBy,
        String reason) {

    /** "12 d 4 h", "5 h 12 min", "3 min", "under a minute": lead times as people say them; "—" when absent. */
    public static String describe(Duration duration) {
        if (duration == null) {
            return "\u2014";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min" : "under a minute";
    }
}
