package dev.accord.domain.operations.api;

import java.time.Instant;

/**
 * Where a rebuild of the read models stands.
 *
 * @param eventsReplayed events replayed into the new read models so far
 * @param totalEvents the events there are to replay (grows if events are appended meanwhile)
 * @param eventsPerSecond the replay rate since the start
 * @param secondsLeft the estimated time to finish at that rate, or null while unknown
 * @param message what went wrong, for FAILED
 */
public record RebuildProgress(
        State state,
        long eventsReplayed,
        long totalEvents,
        double eventsPerSecond,
        Long secondsLeft,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String message) {

    public enum State {
        /** No rebuild has run since the application started. */
        IDLE,
        /** Replaying events into new read models; the current ones keep serving. */
        RUNNING,
        /** Caught up: the new read models are taking the current ones' place. */
        SWITCHING,
        DONE,
        FAILED
    }

    public static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, 0, 0, 0, null, null, null, null, null);
    }

    public boolean running() {
        return state == State.RUNNING || state == State.SWITCHING;
    }

    /** Share done, 0 to 1. */
    public double fraction() {
        return totalEvents == 0 ? (state == State.DONE ? 1 : 0) : Math.min(1, (double) eventsReplayed / totalEvents);
    }
}
