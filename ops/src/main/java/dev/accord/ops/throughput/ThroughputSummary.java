package dev.accord.ops.throughput;

import dev.accord.ops.harness.Report;
import java.util.List;
import java.util.Optional;

/** The report's results: the table a level a row, the aim and whether it is met, outcomes, processor time, profile. */
final class ThroughputSummary {

    private ThroughputSummary() {}

    static void write(
            Report report,
            ThroughputSettings settings,
            List<AccordLevel.Result> accord,
            List<PgbenchLevel.Result> pgbench,
            ProfileSummary profile) {
        report.heading("Results");
        report.line("Accord: commands answered 2xx a second in the measured window (each appended one event or "
                + "more), and the latency of every command counted, whatever its answer. pgbench: transactions a "
                + "second as it reports them (without connecting), p50 and p99 from its per-transaction log. "
                + "Load: the 1-minute average before and after each part.");
        report.line("");
        ThroughputTables.levels(accord, pgbench).forEach(report::line);

        report.heading("Aim");
        Optional<Aim> aim = aim(accord, pgbench);
        report.line(aim.map(at16 -> "At " + at16.verdict().substring(3))
                .orElse("Not measured: the run had no level of " + Aim.CLIENTS + " clients with pgbench beside it."));

        report.heading("Outcomes by command");
        report.line("2xx: accepted; 409: refused as a conflict (another change of that kind is open, or the project "
                + "was busy); anything else (5xx, 4xx other than 409, no answer within the timeout, a broken "
                + "connection) is a finding.");
        for (AccordLevel.Result level : accord) {
            report.line("");
            ThroughputTables.outcomes(level).forEach(report::line);
        }

        report.heading("Processor time by level (cores kept busy, of "
                + Runtime.getRuntime().availableProcessors() + ")");
        report.line("From /proc over each measured window: Accord's JVMs; the PostgreSQL server (postmaster and "
                + "backends, whoever connected); pgbench; this harness (its clients); other (everything else on the "
                + "machine); idle.");
        report.line("");
        for (AccordLevel.Result level : accord) {
            report.bullet(
                    "Accord, " + ThroughputTables.clients(level.clients()), ThroughputTables.cores(level.cores()));
        }
        for (PgbenchLevel.Result run : pgbench) {
            report.bullet("pgbench, " + ThroughputTables.clients(run.clients()), ThroughputTables.cores(run.cores()));
        }

        if (profile != null) {
            boolean missed = aim.map(at16 -> !at16.met()).orElse(true);
            report.heading("Where the time goes (" + settings.profiledLevel() + " clients"
                    + (missed ? ", the aim missed" : "") + ")");
            ProfileSection.write(
                    report,
                    profile,
                    settings.profiledLevel(),
                    settings.warmUp().plus(settings.measured()).toSeconds());
        }
    }

    static Optional<Aim> aim(List<AccordLevel.Result> accord, List<PgbenchLevel.Result> pgbench) {
        Optional<AccordLevel.Result> level =
                accord.stream().filter(run -> run.clients() == Aim.CLIENTS).findFirst();
        Optional<PgbenchLevel.Result> floor =
                pgbench.stream().filter(run -> run.clients() == Aim.CLIENTS).findFirst();
        if (level.isEmpty() || floor.isEmpty()) {
            return Optional.empty();
        }
        Tally tally = level.get().tally();
        return Optional.of(new Aim(
                Aim.CLIENTS,
                tally.accepted() / tally.windowSeconds(),
                floor.get().output().tps(),
                tally.latency().getValueAtPercentile(99) / 1000.0));
    }
}
