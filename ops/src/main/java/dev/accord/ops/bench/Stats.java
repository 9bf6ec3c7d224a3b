package dev.accord.ops.bench;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/** Order statistics of a set of timings, in milliseconds. */
record Stats(int count, double medianMs, double p90Ms, double minMs, double maxMs) {

    static Stats ofNanos(long[] nanos) {
        return ofMillis(Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).toArray());
    }

    /**
     * Nearest-rank percentiles (Commons Math's R-1 estimate): every figure is a time that was really measured,
     * never an interpolation between two.
     */
    static Stats ofMillis(double[] millis) {
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_1);
        percentile.setData(millis);
        return new Stats(
                millis.length,
                percentile.evaluate(50),
                percentile.evaluate(90),
                Arrays.stream(millis).min().orElseThrow(),
                Arrays.stream(millis).max().orElseThrow());
    }

    @Override
    public String toString() {
        return "median %.1f ms, p90 %.1f ms (min %.1f, max %.1f, n=%d)".formatted(medianMs, p90Ms, minMs, maxMs, count);
    }
}
