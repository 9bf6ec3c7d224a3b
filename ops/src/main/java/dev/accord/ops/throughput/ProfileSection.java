package dev.accord.ops.throughput;

import dev.accord.ops.harness.Report;
import java.time.Duration;
import java.util.Map;

/** The profile of the profiled level, as the report's "where the time goes". */
final class ProfileSection {

    private static final int ROWS = 12;

    private ProfileSection() {}

    static void write(Report report, ProfileSummary profile, int clients, double windowSeconds) {
        report.line("Flight Recorder on every node during the %d-client level (warm-up and window, about %.0f s), "
                        .formatted(clients, windowSeconds)
                + "\"profile\" settings: %,d stack samples of running Java threads, %,d of them on request threads."
                        .formatted(profile.samples, profile.requestSamples));
        report.line("");
        report.line("**Which threads had the processor** (share of samples; digits in names folded to N):");
        report.line("");
        for (Map.Entry<String, Long> thread : ProfileSummary.top(profile.samplesByThread, ROWS)) {
            report.line("- %s: %.1f %%".formatted(thread.getKey(), percent(thread.getValue(), profile.samples)));
        }
        report.line("");
        report.line("**Hottest methods** (the sampled top frame, all threads):");
        report.line("");
        for (Map.Entry<String, Long> method : ProfileSummary.top(profile.hottestMethods, ROWS)) {
            report.line("- `%s`: %.1f %%".formatted(method.getKey(), percent(method.getValue(), profile.samples)));
        }
        report.line("");
        report.line("**Request threads, by the library running** (the innermost frame outside the JDK):");
        report.line("");
        for (Map.Entry<String, Long> library : ProfileSummary.top(profile.requestSamplesByLibrary, ROWS)) {
            report.line(
                    "- %s: %.1f %%".formatted(library.getKey(), percent(library.getValue(), profile.requestSamples)));
        }
        report.line("");
        report.line(
                "**Request threads, by the innermost Accord frame on the stack** (what Accord code the CPU went to, "
                        + "callees included):");
        report.line("");
        for (Map.Entry<String, Long> frame : ProfileSummary.top(profile.requestSamplesByAccordFrame, ROWS)) {
            report.line("- `%s`: %.1f %%".formatted(frame.getKey(), percent(frame.getValue(), profile.requestSamples)));
        }
        report.line("");
        report.line("**Where request threads waited** (parks, monitors and socket reads of 10 ms or more; the first "
                + "frame outside the JDK ← the innermost Accord frame; total time over all threads):");
        report.line("");
        if (profile.requestWaits.isEmpty()) {
            report.line("- none of 10 ms or more");
        }
        for (Map.Entry<String, Duration> wait : ProfileSummary.top(profile.requestWaits, ROWS)) {
            long count = profile.requestWaitCounts.get(wait.getKey());
            report.line("- `%s`: %.1f s in %,d waits (%.1f ms each)"
                    .formatted(
                            wait.getKey(),
                            wait.getValue().toMillis() / 1000.0,
                            count,
                            wait.getValue().toMillis() / (double) count));
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
