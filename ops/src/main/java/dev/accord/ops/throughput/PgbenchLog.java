package dev.accord.ops.throughput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * pgbench's per-transaction log (-l): one line a transaction, "client_id transaction_no time script_no time_epoch
 * time_us ...", where time is the transaction's latency in microseconds, or "failed" / "skipped". pgbench prints
 * only the average latency; its percentiles come from here, into the same kind of histogram as Accord's.
 */
final class PgbenchLog {

    private final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private long failed;

    static PgbenchLog read(List<Path> files) throws IOException {
        PgbenchLog log = new PgbenchLog();
        for (Path file : files) {
            try (BufferedReader lines = Files.newBufferedReader(file)) {
                log.add(lines);
            }
        }
        return log;
    }

    static PgbenchLog parse(String text) throws IOException {
        PgbenchLog log = new PgbenchLog();
        log.add(new BufferedReader(new StringReader(text)));
        return log;
    }

    Histogram latency() {
        return latency;
    }

    /** Transactions the log marks as failed or skipped instead of giving a time. */
    long failed() {
        return failed;
    }

    private void add(BufferedReader lines) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 3) {
                continue;
            }
            if (fields[2].chars().allMatch(Character::isDigit)) {
                latency.recordValue(
                        Math.min(latency.getHighestTrackableValue(), Math.max(1, Long.parseLong(fields[2]))));
            } else {
                failed++;
            }
        }
    }
}
