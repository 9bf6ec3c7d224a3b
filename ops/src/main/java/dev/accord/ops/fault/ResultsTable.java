package dev.accord.ops.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The run's outcomes as a Markdown table, followed by the notes of each row. */
final class ResultsTable {

    private ResultsTable() {}

    static List<String> lines(List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        lines.add("| scenario | acknowledged | lost | duplicated | 5xx | slowest answer | verdict |");
        lines.add("|---|---:|---:|---:|---:|---:|---|");
        for (Outcome outcome : outcomes) {
            lines.add("| %s | %s | %s | %s | %s | %s | **%s** |"
                    .formatted(
                            outcome.scenario(),
                            count(outcome.acknowledged()),
                            count(outcome.lost()),
                            count(outcome.duplicated()),
                            count(outcome.serverErrors()),
                            duration(outcome.slowest()),
                            outcome.verdict()));
        }
        return lines;
    }

    static List<String> notes(List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.notes().isEmpty()) {
                continue;
            }
            lines.add("- **" + outcome.scenario() + "** (" + outcome.verdict() + ")");
            outcome.notes().forEach(note -> lines.add("  - " + note));
        }
        return lines;
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        return duration.toMillis() < 10_000
                ? duration.toMillis() + " ms"
                : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    private static String count(Integer count) {
        return count == null ? "–" : "%,d".formatted(count);
    }
}
