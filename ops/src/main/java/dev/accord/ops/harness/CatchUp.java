package dev.accord.ops.harness;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Waits until the application's streaming processors have read every event. A processor stores its token only
 * after events it handles, so one that ignores the newest events may stay a little behind: the wait also ends
 * once no token has moved for five seconds while the furthest one is at the newest event.
 */
public final class CatchUp {

    private static final Duration QUIET = Duration.ofSeconds(5);

    private CatchUp() {}

    /** How long until the last processor moved to its final position. */
    public static Duration await(LedgerDatabase database, Duration timeout) throws SQLException, InterruptedException {
        long head = database.lastGlobalIndex();
        long started = System.nanoTime();
        long lastMove = started;
        List<Long> last = List.of();
        while (System.nanoTime() - started < timeout.toNanos()) {
            List<Long> positions = database.processorPositions();
            long now = System.nanoTime();
            if (!positions.isEmpty() && positions.get(0) >= head) {
                return Duration.ofNanos(now - started);
            }
            if (!positions.equals(last)) {
                last = positions;
                lastMove = now;
            } else if (!positions.isEmpty()
                    && positions.get(positions.size() - 1) >= head
                    && now - lastMove > QUIET.toNanos()) {
                return Duration.ofNanos(lastMove - started);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The read models did not catch up with event " + head + " within " + timeout);
    }
}
