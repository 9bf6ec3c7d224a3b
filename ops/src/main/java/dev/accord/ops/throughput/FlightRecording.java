package dev.accord.ops.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JDK Flight Recorder on the running Accord JVMs for one level, started and stopped from outside with jcmd, so the
 * nodes run as in production until then. The "profile" settings: a stack sample of every running thread each
 * 10 ms, and every park, monitor wait and socket read of 10 ms or more.
 */
final class FlightRecording {

    private static final String NAME = "throughput";

    private final List<Long> pids;
    private final List<Path> files;

    private FlightRecording(List<Long> pids, List<Path> files) {
        this.pids = pids;
        this.files = files;
    }

    static FlightRecording start(List<Long> pids, Path directory, String label)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (int node = 0; node < pids.size(); node++) {
            Path file = directory.resolve(label + "-node" + (node + 1) + ".jfr");
            Files.deleteIfExists(file);
            jcmd(pids.get(node), "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
            files.add(file);
        }
        return new FlightRecording(List.copyOf(pids), List.copyOf(files));
    }

    /** Stops every recording; their files, one a node. */
    List<Path> stop() throws IOException, InterruptedException {
        for (long pid : pids) {
            jcmd(pid, "JFR.stop", "name=" + NAME);
        }
        return files;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(jcmdBinary(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0 || output.contains("Could not") || output.contains("Exception")) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
        }
    }

    /** The jcmd beside the java that runs the harness (the same JDK as Accord's), else the one on the PATH. */
    private static String jcmdBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .orElse("jcmd");
    }
}
