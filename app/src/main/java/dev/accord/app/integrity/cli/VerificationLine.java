package dev.accord.app.integrity.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar of a verification on one terminal line, redrawn at most twice a second:
 * "[#######.......................]  24 %  240,000 / 1,000,000 events  118,000/s".
 */
final class VerificationLine {

    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintStream terminal;
    private final long started = System.nanoTime();
    private long drawnAt;

    VerificationLine(PrintStream terminal) {
        this.terminal = terminal;
    }

    void show(long events, long of) {
        long now = System.nanoTime();
        if (now - drawnAt >= EVERY_NANOS) {
            drawnAt = now;
            terminal.print("\r" + of(events, of, (now - started) / 1e9) + "   ");
        }
    }

    void end(long events, long of) {
        terminal.println("\r" + of(events, of, (System.nanoTime() - started) / 1e9) + "   ");
    }

    static String of(long events, long of, double seconds) {
        double fraction = of <= 0 ? 1 : Math.min(1, (double) events / of);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(
                Locale.ROOT,
                "[%s] %3d %%  %,d / %,d events  %,.0f/s",
                "#".repeat(filled) + ".".repeat(WIDTH - filled),
                Math.round(fraction * 100),
                events,
                of,
                seconds > 0 ? events / seconds : 0.0);
    }
}
