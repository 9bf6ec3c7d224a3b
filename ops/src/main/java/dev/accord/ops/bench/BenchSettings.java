package dev.accord.ops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What one run measures and where, from -Dbench.* properties (the bench profile in ops/pom.xml sets them). */
record BenchSettings(
        Path appJar,
        Path resultsDir,
        Set<String> parts,
        int projects,
        int eventsPerProject,
        int asOfEvents,
        int asOfSamples,
        String pgUrl,
        String pgUser,
        boolean keepDatabase,
        int rebuildTimeoutMinutes) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Path.of(property("bench.appJar", "app/target/accord.jar"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(property("bench.resultsDir", "ops/bench/results"))
                        .toAbsolutePath()
                        .normalize(),
                Arrays.stream(property("bench.parts", "asof,replay").split(","))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .collect(Collectors.toSet()),
                Integer.parseInt(property("bench.projects", "10000")),
                Integer.parseInt(property("bench.eventsPerProject", "100")),
                Integer.parseInt(property("bench.asofEvents", "10000")),
                Integer.parseInt(property("bench.asofSamples", "50")),
                property("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/"),
                property("bench.pgUser", "postgres"),
                Boolean.parseBoolean(property("bench.keepDatabase", "false")),
                Integer.parseInt(property("bench.rebuildTimeoutMinutes", "90")));
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
