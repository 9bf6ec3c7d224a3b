package dev.accord.ops.bench;

import java.util.Arrays;

/** Order statistics of a set of timings, in milliseconds. */
record Stats(int count, double medianMs, double p90Ms, double minMs, double maxMs) {

    static Stats ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(sorted[0]),
                ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return "median %.1f ms, p90 %.1f ms (min %.1f, max %.1f, n=%d)".formatted(medianMs, p90Ms, minMs, maxMs,
                count);
    }
}
