package dev.accord.ops.throughput;

import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.ServerDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Accord at one client count: the clients start together, run a warm-up that is not counted, then the measured
 * window; the events the ledger gained in the window and the processor time each party used are taken at its edges.
 */
final class AccordLevel {

    /** One level's figures. Payload and metadata sizes are the averages of the events appended in the window. */
    record Result(
            int clients,
            Tally tally,
            long eventsAppended,
            int payloadBytes,
            int metadataBytes,
            int openChanges,
            MachineLoad before,
            MachineLoad after,
            Map<String, Double> cores) {}

    /** What happens around the window: a profile of the level, or nothing. */
    interface Window {
        void opening() throws Exception;

        void closed() throws Exception;
    }

    private final ThroughputSettings settings;
    private final ServerDatabase database;
    private final List<UUID> projects;
    private final ChangeBoard board;

    AccordLevel(ThroughputSettings settings, ServerDatabase database, List<UUID> projects, ChangeBoard board) {
        this.settings = settings;
        this.database = database;
        this.projects = projects;
        this.board = board;
    }

    Result run(List<Desk> desks, List<Long> accordPids, long postmaster, Window window) throws Exception {
        int clients = desks.size();
        MachineLoad before = MachineLoad.now();
        long start = System.nanoTime() + settings.warmUp().toNanos();
        long end = start + settings.measured().toNanos();
        Tally tally = new Tally(start, end);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (Desk desk : desks) {
            Client client = new Client(
                    desk, projects, board, tally, stop, settings.requestTimeout(), 31L * clients + desk.number());
            threads.add(new Thread(client, "client-" + desk.number()));
        }
        threads.forEach(Thread::start);
        window.opening();
        sleepUntil(start);
        CpuSample cpuBefore = CpuSample.take(accordPids, postmaster);
        long firstIndex = database.lastGlobalIndex();
        sleepUntil(end);
        CpuSample cpuAfter = CpuSample.take(accordPids, postmaster);
        long lastIndex = database.lastGlobalIndex();
        stop.set(true);
        Duration patience = settings.requestTimeout().plusSeconds(30);
        for (Thread thread : threads) {
            thread.join(patience.toMillis());
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not stop within " + patience);
            }
        }
        window.closed();
        int[] sizes = eventSizes(firstIndex, lastIndex);
        return new Result(
                clients,
                tally,
                lastIndex - firstIndex,
                sizes[0],
                sizes[1],
                board.open(),
                before,
                MachineLoad.now(),
                CpuSample.coresBetween(cpuBefore, cpuAfter));
    }

    /** The average payload and metadata size of the events in (after, upTo], or of all events if there were none. */
    private int[] eventSizes(long after, long upTo) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement sizes = db.prepareStatement("""
                        SELECT coalesce(avg(octet_length(payload)), 0), coalesce(avg(octet_length(meta_data)), 0)
                        FROM domain_event_entry WHERE global_index > ? AND global_index <= ?""")) {
            sizes.setLong(1, upTo > after ? after : 0);
            sizes.setLong(2, upTo > after ? upTo : Long.MAX_VALUE);
            try (ResultSet row = sizes.executeQuery()) {
                row.next();
                return new int[] {(int) Math.round(row.getDouble(1)), (int) Math.round(row.getDouble(2))};
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
