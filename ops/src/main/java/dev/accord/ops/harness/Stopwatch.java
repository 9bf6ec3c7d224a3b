package dev.accord.ops.harness;

import java.time.Duration;

/** Elapsed time as the harnesses measure and print it. */
public final class Stopwatch {

    private Stopwatch() {}

    public static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    public static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
