package dev.accord.ops.bench;

import dev.accord.ops.harness.ServerDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes synthetic histories into the event table and times it, generation of the rows included. */
final class Seeding {

    record Result(long rows, Duration took) {
        @Override
        public String toString() {
            return "%,d rows in %.1f s (%,.0f rows/s)"
                    .formatted(rows, took.toNanos() / 1e9, rows / (took.toNanos() / 1e9));
        }
    }

    private Seeding() {}

    /**
     * One project's whole history, one event a minute up to a minute ago.
     *
     * @param stamps receives each event's recorded instant, by sequence number
     */
    static Result oneProject(ServerDatabase database, SyntheticProject project, int events, List<Instant> stamps)
            throws SQLException {
        long started = System.nanoTime();
        Instant at = Instant.now().minus(Duration.ofMinutes(events + 1L));
        try (EventCopy copy = new EventCopy(database)) {
            while (project.hasNext()) {
                stamps.add(at);
                for (EventRow row : project.next(at)) {
                    copy.append(row);
                }
                at = at.plus(Duration.ofMinutes(1));
            }
            copy.commit();
            return new Result(copy.rows(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Many projects whose histories interleave, as on a busy ledger: round by round, each project adds its next
     * event, one second apart. A project's events are therefore spread over the whole table, not stored side by
     * side, and each read-model row is revisited throughout a replay.
     */
    static Result manyProjects(
            ServerDatabase database,
            CapturedEvents captured,
            PortfolioStream portfolio,
            int projects,
            int eventsPerProject)
            throws SQLException {
        long started = System.nanoTime();
        SyntheticProject.Mix mix = new SyntheticProject.Mix(50, 20);
        List<SyntheticProject> histories = new ArrayList<>(projects);
        for (int i = 0; i < projects; i++) {
            histories.add(new SyntheticProject(captured, portfolio, eventsPerProject, mix));
        }
        Instant at = Instant.now().minus(Duration.ofSeconds((long) projects * eventsPerProject + 60));
        try (EventCopy copy = new EventCopy(database)) {
            for (int round = 0; round < eventsPerProject; round++) {
                for (SyntheticProject project : histories) {
                    for (EventRow row : project.next(at)) {
                        copy.append(row);
                    }
                    at = at.plusSeconds(1);
                }
                if ((round + 1) % 10 == 0) {
                    System.out.printf("  seeded %,d rows%n", copy.rows());
                }
            }
            copy.commit();
            return new Result(copy.rows(), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
