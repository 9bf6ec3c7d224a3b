package dev.accord.ops.bench;

import static dev.accord.ops.harness.Stopwatch.seconds;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.file.Path;
import java.time.Duration;

/** Starts the application under test as the benchmark's administrator and reports how long it took to answer. */
final class MeasuredStart {

    private MeasuredStart() {}

    static AccordProcess start(
            BenchSettings settings, ServerDatabase database, String admin, String password, Path log, Report report)
            throws Exception {
        MachineLoad before = MachineLoad.now();
        AccordProcess app = AccordProcess.start(settings.appJar(), database, admin, password, log);
        Duration startUp = app.awaitReady(new AccordApi(app.port(), password), admin);
        report.measured(
                "application start-up (first 200 from the API)",
                "%.1f s".formatted(seconds(startUp)),
                before,
                MachineLoad.now());
        return app;
    }
}
