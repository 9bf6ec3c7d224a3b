package dev.accord.ops.fault;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import java.io.IOException;
import java.time.Duration;

/**
 * The Accord under test, which the harness kills and starts again on the same port, so clients keep their address
 * through the outage as they would behind a fixed host name.
 */
final class RunningAccord implements AutoCloseable {

    private final String admin;
    private final AccordApi api;
    private volatile AccordProcess process;

    RunningAccord(AccordProcess process, String admin, String password) {
        this.process = process;
        this.admin = admin;
        this.api = new AccordApi(process.port(), password);
    }

    AccordApi api() {
        return api;
    }

    String admin() {
        return admin;
    }

    Duration awaitReady() throws InterruptedException {
        return process.awaitReady(api, admin);
    }

    /** kill -9, then the same jar again; how long from the kill until the API answered again. */
    Duration killAndStartAgain() throws IOException, InterruptedException {
        long killed = System.nanoTime();
        process.kill();
        process = process.startAgain();
        process.awaitReady(api, admin);
        return Duration.ofNanos(System.nanoTime() - killed);
    }

    /** Starts Accord again if it is not running, so that a scenario after a failed one still has an Accord. */
    void ensureRunning() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            process = process.startAgain();
        }
        process.awaitReady(api, admin);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
