package dev.accord.ops.throughput;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one level's commands came back with. Only commands whose answer (or failure) arrives inside the measured
 * window count, whenever they were sent: the rate is completions a second, and the warm-up before the window and
 * the commands still in flight after it are left out. Every counted command's time is in the latency histogram,
 * a timeout's too (at the time it gave up), so p99 shows what clients waited for.
 */
final class Tally {

    /** Up to ten minutes, to three significant digits, in microseconds. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final long windowStart;
    private final long windowEnd;
    private final Map<CommandKind, Kind> kinds = new EnumMap<>(CommandKind.class);
    private final Histogram latency = histogram();

    /** One kind of command: its answers by outcome and its own latencies. */
    static final class Kind {
        final LongAdder accepted = new LongAdder();
        final LongAdder conflicts = new LongAdder();
        final Map<String, LongAdder> other = new ConcurrentHashMap<>();
        final Histogram latency = histogram();

        long total() {
            return accepted.sum() + conflicts.sum() + otherCount();
        }

        long otherCount() {
            return other.values().stream().mapToLong(LongAdder::sum).sum();
        }
    }

    Tally(long windowStartNanos, long windowEndNanos) {
        this.windowStart = windowStartNanos;
        this.windowEnd = windowEndNanos;
        for (CommandKind kind : CommandKind.values()) {
            kinds.put(kind, new Kind());
        }
    }

    /** An answer with this HTTP status: 2xx accepted, 409 a conflict, anything else a finding. */
    void answered(CommandKind kind, int status, long sentNanos, long answeredNanos) {
        if (status >= 200 && status < 300) {
            record(kind, null, sentNanos, answeredNanos);
        } else if (status == 409) {
            record(kind, "409", sentNanos, answeredNanos);
        } else {
            record(kind, String.valueOf(status), sentNanos, answeredNanos);
        }
    }

    /** No answer: a timeout or a broken connection, always a finding. */
    void failed(CommandKind kind, String why, long sentNanos, long gaveUpNanos) {
        record(kind, why, sentNanos, gaveUpNanos);
    }

    Kind kind(CommandKind kind) {
        return kinds.get(kind);
    }

    Histogram latency() {
        return latency;
    }

    double windowSeconds() {
        return (windowEnd - windowStart) / 1e9;
    }

    long accepted() {
        return kinds.values().stream().mapToLong(kind -> kind.accepted.sum()).sum();
    }

    long conflicts() {
        return kinds.values().stream().mapToLong(kind -> kind.conflicts.sum()).sum();
    }

    long total() {
        return kinds.values().stream().mapToLong(Kind::total).sum();
    }

    /** Every outcome that is neither 2xx nor 409, over all kinds: status or failure → count. */
    Map<String, Long> findings() {
        Map<String, Long> findings = new TreeMap<>();
        for (Kind kind : kinds.values()) {
            kind.other.forEach((why, count) -> findings.merge(why, count.sum(), Long::sum));
        }
        return findings;
    }

    private void record(CommandKind kind, String outcome, long sentNanos, long endedNanos) {
        if (endedNanos < windowStart || endedNanos > windowEnd) {
            return;
        }
        Kind counts = kinds.get(kind);
        if (outcome == null) {
            counts.accepted.increment();
        } else if (outcome.equals("409")) {
            counts.conflicts.increment();
        } else {
            counts.other.computeIfAbsent(outcome, any -> new LongAdder()).increment();
        }
        long micros = Math.min(HIGHEST_MICROS, Math.max(1, (endedNanos - sentNanos) / 1_000));
        counts.latency.recordValue(micros);
        latency.recordValue(micros);
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(HIGHEST_MICROS, 3);
    }
}
