package dev.accord.ops.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's pg_ctl from the binaries the embedded database runs (zonky unpacks initdb, pg_ctl and postgres under
 * /tmp/embedded-pg). pg_ctl refuses to run as root; zonky runs it in a user namespace of its own
 * ({@code unshare -U}) when it can, and so does this class, or it could not signal the server zonky started.
 */
public final class PgCtl {

    private final Path binary;

    private PgCtl(Path binary) {
        this.binary = binary;
    }

    /** The pg_ctl beside the postgres binary of a running server. */
    public static PgCtl besideServer(long postmasterPid) {
        Path postgres = ProcessHandle.of(postmasterPid)
                .flatMap(server -> server.info().command())
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException("No running PostgreSQL with pid " + postmasterPid));
        Path pgCtl = postgres.resolveSibling("pg_ctl");
        if (!Files.isExecutable(pgCtl)) {
            throw new IllegalStateException("No pg_ctl beside " + postgres);
        }
        return new PgCtl(pgCtl);
    }

    /**
     * Runs {@code pg_ctl <arguments>}, its output appended to the log, and fails unless it exits with 0 in time.
     * With -l in the arguments, a server it starts writes there instead of holding pg_ctl's output open.
     */
    public void run(Path log, Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && onPath("unshare")) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binary.toString());
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", command) + " did not finish within " + timeout + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
