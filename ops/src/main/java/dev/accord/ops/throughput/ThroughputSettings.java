package dev.accord.ops.throughput;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What one throughput run measures and where, from -Dbench.* properties (the throughput-bench profile sets them). */
record ThroughputSettings(
        Path appJar,
        Path resultsDir,
        String pgUrl,
        String pgUser,
        boolean keepDatabase,
        List<Integer> levels,
        Duration measured,
        Duration warmUp,
        int projects,
        int nodes,
        int profiledLevel,
        Duration requestTimeout,
        String pgbench) {

    ThroughputSettings {
        if (levels.isEmpty() || levels.stream().anyMatch(clients -> clients < 1)) {
            throw new IllegalArgumentException("bench.levels: client counts of 1 or more, e.g. 1,4,16,64");
        }
        if (nodes < 1 || projects < 1) {
            throw new IllegalArgumentException("bench.nodes and bench.projects must be 1 or more");
        }
        levels = List.copyOf(levels);
    }

    /** The shortest measured window of a run whose figures count (issue 14: at least 30 s a level). */
    static final int MEASURED_SECONDS = 30;

    static ThroughputSettings fromSystemProperties() {
        return new ThroughputSettings(
                path("bench.appJar", "app/target/accord.jar"),
                path("bench.resultsDir", "ops/bench/results"),
                property("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/"),
                property("bench.pgUser", "postgres"),
                Boolean.parseBoolean(property("bench.keepDatabase", "false")),
                Arrays.stream(property("bench.levels", "1,4,16,64").split(","))
                        .map(String::strip)
                        .filter(level -> !level.isEmpty())
                        .map(Integer::valueOf)
                        .toList(),
                Duration.ofSeconds(Long.parseLong(property("bench.seconds", "30"))),
                Duration.ofSeconds(Long.parseLong(property("bench.warmupSeconds", "5"))),
                Integer.parseInt(property("bench.projects", "200")),
                Integer.parseInt(property("bench.nodes", "1")),
                Integer.parseInt(property("bench.profiledLevel", "16")),
                Duration.ofSeconds(Long.parseLong(property("bench.timeoutSeconds", "10"))),
                property("bench.pgbench", "pgbench"));
    }

    boolean isSmoke() {
        return measured.toSeconds() < MEASURED_SECONDS;
    }

    int mostClients() {
        return levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static Path path(String name, String fallback) {
        return Path.of(property(name, fallback)).toAbsolutePath().normalize();
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
