package dev.accord.ops.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average, as uptime prints it, and its processor count. Recorded before and after every
 * measurement: on a shared two-core machine a figure means little without the load it was taken under.
 */
public record MachineLoad(String loadAverage, int processors) {

    public static MachineLoad now() {
        String load;
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            load = fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException notLinux) {
            load = "unknown";
        }
        return new MachineLoad(load, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String toString() {
        return "load " + loadAverage + " on " + processors + " cores";
    }
}
