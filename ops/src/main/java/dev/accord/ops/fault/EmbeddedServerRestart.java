package dev.accord.ops.fault;

import dev.accord.ops.harness.EmbeddedLedger;
import dev.accord.ops.harness.PgCtl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The embedded PostgreSQL restarted under a running Accord with the pg_ctl it came with, in immediate mode. pg_ctl
 * starts it again with the options it was started with (postmaster.opts), so on the same port.
 */
final class EmbeddedServerRestart implements DatabaseRestart {

    private final EmbeddedLedger ledger;
    private final Path log;
    private final Path serverLog;

    EmbeddedServerRestart(EmbeddedLedger ledger, Path logs) {
        this.ledger = ledger;
        this.log = logs.resolve("pg_ctl.log");
        this.serverLog = logs.resolve("embedded-postgres-after-restart.log");
    }

    @Override
    public String describe() {
        return "pg_ctl restart -m immediate -D " + ledger.pgData();
    }

    @Override
    public Duration restart() throws Exception {
        long pid = ledger.postmasterPid()
                .orElseThrow(() -> new IllegalStateException("No embedded PostgreSQL runs on " + ledger.pgData()));
        Server server = ledger::connect;
        OffsetDateTime before = server.startedAt();
        long started = System.nanoTime();
        PgCtl.besideServer(pid)
                .run(
                        log,
                        PATIENCE,
                        "restart",
                        "-D",
                        ledger.pgData().toString(),
                        "-m",
                        "immediate",
                        "-w",
                        "-t",
                        "60",
                        "-l",
                        serverLog.toString());
        if (!server.awaitAccepting(PATIENCE)) {
            throw new IllegalStateException("The embedded PostgreSQL did not accept connections after its restart");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!server.startedAt().isAfter(before)) {
            throw new IllegalStateException("pg_ctl ran, but the embedded PostgreSQL was not restarted");
        }
        return took;
    }
}
