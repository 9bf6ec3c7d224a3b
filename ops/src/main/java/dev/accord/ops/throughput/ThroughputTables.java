package dev.accord.ops.throughput;

import dev.accord.ops.harness.MachineLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** The report's tables as Markdown lines: one row a level, Accord beside pgbench. */
final class ThroughputTables {

    private ThroughputTables() {}

    static List<String> levels(List<AccordLevel.Result> accord, List<PgbenchLevel.Result> pgbench) {
        List<String> lines = new ArrayList<>();
        lines.add("| clients | Accord commands/s (2xx) | p50 | p99 | 409 | other answers | events/s | pgbench tps "
                + "| pgbench p50 | pgbench p99 | **Accord / pgbench** | load before → after (Accord; pgbench) |");
        lines.add("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|");
        for (AccordLevel.Result level : accord) {
            PgbenchLevel.Result same = pgbench.stream()
                    .filter(run -> run.clients() == level.clients())
                    .findFirst()
                    .orElse(null);
            lines.add(row(level, same));
        }
        return lines;
    }

    static String row(AccordLevel.Result accord, PgbenchLevel.Result pgbench) {
        Tally tally = accord.tally();
        double seconds = tally.windowSeconds();
        double rate = tally.accepted() / seconds;
        String accordPart = "| %d | %,.1f | %s | %s | %,d | %s | %,.1f |"
                .formatted(
                        accord.clients(),
                        rate,
                        ms(tally.latency(), 50),
                        ms(tally.latency(), 99),
                        tally.conflicts(),
                        findings(tally.findings()),
                        accord.eventsAppended() / seconds);
        if (pgbench == null) {
            return accordPart + " – | – | – | – | " + loads(accord.before(), accord.after()) + " |";
        }
        return accordPart
                + " %,.0f | %.2f ms | %.2f ms | **%.3f** | %s; %s |"
                        .formatted(
                                pgbench.output().tps(),
                                pgbench.p50Ms(),
                                pgbench.p99Ms(),
                                rate / pgbench.output().tps(),
                                loads(accord.before(), accord.after()),
                                loads(pgbench.before(), pgbench.after()));
    }

    /** Each kind of command at one level: how many, how each was answered, how long it took. */
    static List<String> outcomes(AccordLevel.Result accord) {
        List<String> lines = new ArrayList<>();
        lines.add("| %s: command | 2xx | 409 | other | p50 | p99 | max |".formatted(clients(accord.clients())));
        lines.add("|---|---:|---:|---|---:|---:|---:|");
        for (CommandKind kind : CommandKind.values()) {
            Tally.Kind counts = accord.tally().kind(kind);
            if (counts.total() == 0) {
                continue;
            }
            lines.add("| %s | %,d | %,d | %s | %s | %s | %s |"
                    .formatted(
                            kind.label(),
                            counts.accepted.sum(),
                            counts.conflicts.sum(),
                            findings(counts.other.entrySet().stream()
                                    .collect(Collectors.toMap(
                                            Map.Entry::getKey,
                                            entry -> entry.getValue().sum()))),
                            ms(counts.latency, 50),
                            ms(counts.latency, 99),
                            ms(counts.latency, 100)));
        }
        return lines;
    }

    /** Cores kept busy, by whom: "Accord 1.21, PostgreSQL 0.40, …". */
    static String cores(Map<String, Double> cores) {
        return cores.entrySet().stream()
                .filter(user -> user.getValue() >= 0.005 || user.getKey().equals("idle"))
                .map(user -> "%s %.2f".formatted(user.getKey(), user.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String clients(int count) {
        return count == 1 ? "1 client" : count + " clients";
    }

    static String findings(Map<String, Long> findings) {
        if (findings.isEmpty()) {
            return "none";
        }
        return findings.entrySet().stream()
                .map(finding -> "%,d × %s".formatted(finding.getValue(), finding.getKey()))
                .collect(Collectors.joining(", "));
    }

    static String ms(Histogram histogram, double percentile) {
        if (histogram.getTotalCount() == 0) {
            return "–";
        }
        return "%.1f ms".formatted(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String loads(MachineLoad before, MachineLoad after) {
        return first(before) + " → " + first(after);
    }

    /** The 1-minute load average out of "0.79, 0.54, 0.22". */
    static String first(MachineLoad load) {
        return load.loadAverage().split(",")[0].strip();
    }
}
