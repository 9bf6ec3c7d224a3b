package dev.accord.ops.fault;

import java.time.Duration;

/**
 * One command a writer sent, named by the marker it carries in its text (its client-generated id), with what
 * became of it as the client saw it.
 *
 * @param answeredAt when the last attempt ended, since the scenario began
 */
record SentCommand(
        String marker,
        CommandKind kind,
        Delivery delivery,
        int attempts,
        String lastAnswer,
        Duration took,
        Duration answeredAt) {

    /** "F1a2b3c-w8-17 (PROPOSAL, answered 201 after 373 ms, at 21.4 s)" */
    String describe() {
        return "%s (%s, %s%s%s, at %.1f s)"
                .formatted(
                        marker,
                        kind,
                        delivery == Delivery.ACKNOWLEDGED ? "answered " : "",
                        lastAnswer,
                        took == null ? "" : " after " + ResultsTable.duration(took),
                        answeredAt.toMillis() / 1000.0);
    }

    /** What the client knows about a command. */
    enum Delivery {
        /** Answered 2xx: the ledger must hold it exactly once. */
        ACKNOWLEDGED,
        /** Sent, but the answer was a 5xx, a timeout or a broken connection: stored once or not at all. */
        IN_DOUBT,
        /** Answered 4xx other than 401 and 429: refused, so never stored. */
        REFUSED,
        /** Never reached Accord (nothing listened, or it refused the credentials) before the writers stopped. */
        NOT_SENT
    }
}
