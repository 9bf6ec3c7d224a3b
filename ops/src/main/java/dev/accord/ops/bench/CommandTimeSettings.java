package dev.accord.ops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What one command-time run measures and where, from -Dbench.* properties (the command-bench profile sets them). */
record CommandTimeSettings(
        Path appJar,
        Path resultsDir,
        String pgUrl,
        String pgUser,
        boolean keepDatabase,
        List<Integer> sizes,
        int commands,
        int warmUp,
        int snapshotEvery) {

    static CommandTimeSettings fromSystemProperties() {
        return new CommandTimeSettings(
                Path.of(property("bench.appJar", "app/target/accord.jar"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(property("bench.resultsDir", "ops/bench/results"))
                        .toAbsolutePath()
                        .normalize(),
                property("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/"),
                property("bench.pgUser", "postgres"),
                Boolean.parseBoolean(property("bench.keepDatabase", "false")),
                Arrays.stream(property("bench.sizes", "10,1000,10000").split(","))
                        .map(String::strip)
                        .filter(size -> !size.isEmpty())
                        .map(Integer::valueOf)
                        .toList(),
                Integer.parseInt(property("bench.commands", "200")),
                Integer.parseInt(property("bench.warmUp", "20")),
                Integer.parseInt(property("bench.snapshotEvery", "100")));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
