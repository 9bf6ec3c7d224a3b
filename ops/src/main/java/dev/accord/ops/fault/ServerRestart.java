package dev.accord.ops.fault;

import dev.accord.ops.harness.ServerDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server restarted in immediate mode by a command: the one given (-Dfault.pgRestart, run by sh), or
 * for the machine's own Debian cluster {@code pg_ctlcluster <version> <cluster> restart -m immediate}. If the
 * server is not back within the patience, the cluster is started again, so a run never leaves it down.
 */
final class ServerRestart implements DatabaseRestart {

    private static final Pattern DEBIAN_CLUSTER = Pattern.compile("/var/lib/postgresql/([^/]+)/([^/]+)/?");

    private final Server server;
    private final List<String> restart;
    private final List<String> start;
    private final String impossible;
    private final Path log;

    private ServerRestart(Server server, List<String> restart, List<String> start, String impossible, Path log) {
        this.server = server;
        this.restart = restart;
        this.start = start;
        this.impossible = impossible;
        this.log = log;
    }

    static ServerRestart of(ServerDatabase database, String pgUrl, String command, Path logs) throws SQLException {
        Server server = database::connectToServer;
        Path log = logs.resolve("pg-restart.log");
        if (!command.isBlank()) {
            return new ServerRestart(server, List.of("sh", "-c", command), List.of(), null, log);
        }
        if (!pgUrl.matches("jdbc:postgresql://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/.*")) {
            return new ServerRestart(
                    server,
                    List.of(),
                    List.of(),
                    "the server at " + pgUrl + " is not this "
                            + "machine's; give -Dfault.pgRestart='<command>' (--pg-restart=) to restart it",
                    log);
        }
        String dataDirectory;
        try (Connection db = server.connect();
                Statement sql = db.createStatement();
                ResultSet setting = sql.executeQuery("SHOW data_directory")) {
            setting.next();
            dataDirectory = setting.getString(1);
        }
        Matcher cluster = DEBIAN_CLUSTER.matcher(dataDirectory);
        if (!cluster.matches() || !Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
            return new ServerRestart(
                    server,
                    List.of(),
                    List.of(),
                    "the server's data directory " + dataDirectory
                            + " is not a Debian cluster that pg_ctlcluster manages; give -Dfault.pgRestart='<command>'",
                    log);
        }
        List<String> pgCtlCluster =
                List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster.group(1), cluster.group(2));
        return new ServerRestart(
                server, concat(pgCtlCluster, "restart", "-m", "immediate"), concat(pgCtlCluster, "start"), null, log);
    }

    @Override
    public boolean possible() {
        return impossible == null;
    }

    @Override
    public String describe() {
        return possible() ? String.join(" ", restart) : "not restarted: " + impossible;
    }

    @Override
    public Duration restart() throws Exception {
        if (!possible()) {
            throw new IllegalStateException(impossible);
        }
        OffsetDateTime before = server.startedAt();
        long started = System.nanoTime();
        try {
            run(restart);
        } catch (Exception failed) {
            ensureRunning();
            throw failed;
        }
        if (!server.awaitAccepting(PATIENCE)) {
            ensureRunning();
            throw new IllegalStateException("PostgreSQL did not accept connections within " + PATIENCE + " of `"
                    + String.join(" ", restart) + "`; see " + log);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!server.startedAt().isAfter(before)) {
            throw new IllegalStateException("`" + String.join(" ", restart) + "` ran, but PostgreSQL was not "
                    + "restarted (same start time); see " + log);
        }
        return took;
    }

    @Override
    public void ensureRunning() {
        if (start.isEmpty() || server.accepting()) {
            return;
        }
        try {
            System.err.println("PostgreSQL is down after the run; starting it: " + String.join(" ", start));
            run(start);
            server.awaitAccepting(PATIENCE);
        } catch (Exception failed) {
            System.err.println(
                    "Could not start PostgreSQL again (" + failed + "); start it by hand: " + String.join(" ", start));
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within " + PATIENCE);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "`" + String.join(" ", command) + "` exited with " + process.exitValue() + "; see " + log);
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
