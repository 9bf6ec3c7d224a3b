package dev.accord.app.rebuild;

import dev.accord.domain.operations.api.RebuildProgress;
import java.util.Locale;

/** One terminal line for a rebuild: "[#######.............]  35 %  35,000 / 100,000 events  12,500/s  ETA 0:05". */
final class ProgressLine {

    private static final int WIDTH = 30;

    private ProgressLine() {}

    static String of(RebuildProgress progress) {
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String eta = progress.secondsLeft() == null ? "--:--" : clock(progress.secondsLeft());
        return String.format(
                Locale.ROOT,
                "[%s] %3d %%  %,d / %,d events  %,.0f/s  %s",
                bar,
                Math.round(progress.fraction() * 100),
                progress.eventsReplayed(),
                progress.totalEvents(),
                progress.eventsPerSecond(),
                switch (progress.state()) {
                    case RUNNING -> "ETA " + eta;
                    case SWITCHING -> "switching to the new read models";
                    case DONE -> "done";
                    case FAILED -> "failed";
                    case IDLE -> "waiting";
                });
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
