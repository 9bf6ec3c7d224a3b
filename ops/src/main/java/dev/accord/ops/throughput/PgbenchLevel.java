package dev.accord.ops.throughput;

import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.ServerDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * pgbench at one client count: {@code pgbench -n -M prepared -c N -j N -T seconds -f append.sql -l} on a database of
 * its own on the same server, with the per-transaction log for percentiles. Prepared statements, as Accord's JDBC
 * driver uses them once a statement has run a few times.
 */
final class PgbenchLevel {

    /** One level's figures; latencies in milliseconds. */
    record Result(
            int clients,
            PgbenchOutput output,
            double p50Ms,
            double p99Ms,
            long logFailures,
            long rowsAppended,
            double seconds,
            AppendTransaction transaction,
            MachineLoad before,
            MachineLoad after,
            Map<String, Double> cores) {}

    private final String pgbench;
    private final ServerDatabase database;
    private final Path directory;

    PgbenchLevel(String pgbench, ServerDatabase database, Path directory) {
        this.pgbench = pgbench;
        this.database = database;
        this.directory = directory;
    }

    void createTable() throws SQLException {
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            sql.execute(AppendTransaction.TABLE);
        }
    }

    Result run(int clients, int seconds, AppendTransaction transaction, List<Long> accordPids, long postmaster)
            throws IOException, SQLException, InterruptedException {
        Files.createDirectories(directory);
        Path script = directory.resolve("append-" + clients + ".sql");
        Files.writeString(script, transaction.script());
        String logPrefix = "pgbench-" + clients;
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        List<String> command = List.of(
                pgbench,
                "-h",
                server.getHost(),
                "-p",
                Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()),
                "-U",
                database.user(),
                "-n",
                "-M",
                "prepared",
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(clients),
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                "-l",
                "--log-prefix=" + directory.resolve(logPrefix),
                database.name());
        long rowsBefore = rows();
        MachineLoad before = MachineLoad.now();
        Set<Long> backends = CpuSample.children(postmaster);
        CpuSample cpuBefore = CpuSample.take(accordPids, postmaster);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double took = (System.nanoTime() - started) / 1e9;
        CpuSample.awaitReaped(postmaster, backends, Duration.ofSeconds(5));
        CpuSample cpuAfter = CpuSample.take(accordPids, postmaster);
        MachineLoad after = MachineLoad.now();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit + ":\n" + output);
        }
        List<Path> logs = logs(logPrefix);
        PgbenchLog log = PgbenchLog.read(logs);
        // A line a transaction: tens of megabytes a run, and nothing in them the report does not hold.
        for (Path file : logs) {
            Files.delete(file);
        }
        Histogram latency = log.latency();
        return new Result(
                clients,
                PgbenchOutput.parse(output),
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                log.failed(),
                rows() - rowsBefore,
                took,
                transaction,
                before,
                after,
                CpuSample.coresBetween(cpuBefore, cpuAfter));
    }

    private List<Path> logs(String prefix) throws IOException {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().startsWith(prefix + "."))
                    .forEach(logs::add);
        }
        if (logs.isEmpty()) {
            throw new IllegalStateException("pgbench wrote no transaction log " + prefix + ".* into " + directory);
        }
        return logs;
    }

    private long rows() throws SQLException {
        try (Connection db = database.connect();
                Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
