package dev.accord.ops.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Processor time used so far, from /proc, by who used it: Accord's JVMs, the PostgreSQL server (its postmaster,
 * whose children's time includes backends that have ended, and its live backends), this harness, and the programs
 * it ran and waited for (pgbench). Two samples give each one's share of a level; what is left of the machine's busy
 * time is "other" (on a shared machine: other people's work). Figures are in clock ticks of 1/100 s (USER_HZ).
 */
record CpuSample(long nanoTime, long machineBusy, long machineTotal, Map<String, Long> ticks) {

    static final double TICKS_PER_SECOND = 100;

    static CpuSample take(List<Long> accordPids, long postmasterPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("Accord", accordPids.stream().mapToLong(pid -> ownTicks(pid)).sum());
        ticks.put("PostgreSQL", postgresTicks(postmasterPid));
        long harness = ProcessHandle.current().pid();
        ticks.put("pgbench", stat(harness).map(CpuSample::childrenTicks).orElse(0L));
        ticks.put("harness", ownTicks(harness));
        long[] machine = machine(read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu"));
        return new CpuSample(System.nanoTime(), machine[0], machine[1], ticks);
    }

    /** Cores each user kept busy between the two samples, and "other" and "idle", on a machine of the given size. */
    static Map<String, Double> coresBetween(CpuSample before, CpuSample after) {
        double seconds = (after.nanoTime - before.nanoTime) / 1e9;
        double cores = (after.machineTotal - before.machineTotal) / TICKS_PER_SECOND / seconds;
        Map<String, Double> used = new LinkedHashMap<>();
        double known = 0;
        for (Map.Entry<String, Long> user : after.ticks.entrySet()) {
            double share =
                    (user.getValue() - before.ticks.getOrDefault(user.getKey(), 0L)) / TICKS_PER_SECOND / seconds;
            used.put(user.getKey(), share);
            known += share;
        }
        double busy = (after.machineBusy - before.machineBusy) / TICKS_PER_SECOND / seconds;
        used.put("other", Math.max(0, busy - known));
        used.put("idle", Math.max(0, cores - busy));
        return used;
    }

    /**
     * Waits until the server has reaped its backends that are not in {@code before}: the time of a backend that has
     * just ended shows in the postmaster's children's time only once it is reaped, a few milliseconds after its
     * client went away. Without this wait a sample right after pgbench ends would miss its backends' time.
     */
    static void awaitReaped(long postmaster, Set<Long> before, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !before.containsAll(children(postmaster))) {
            Thread.sleep(20);
        }
    }

    /**
     * Waits until the processes together keep less than {@code cores} busy over a second (a JVM after a level still
     * compiles, collects, or writes a recording), so that the next measurement does not share the machine with it.
     * Returns how long that took.
     */
    static Duration awaitQuiet(List<Long> pids, double cores, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long last = pids.stream().mapToLong(CpuSample::ownTicks).sum();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = pids.stream().mapToLong(CpuSample::ownTicks).sum();
            if ((now - last) / TICKS_PER_SECOND < cores) {
                break;
            }
            last = now;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The processes whose parent is {@code parent}. */
    static Set<Long> children(long parent) {
        Set<Long> children = new HashSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)
                        && stat(Long.parseLong(name))
                                .filter(line -> parent(line) == parent)
                                .isPresent()) {
                    children.add(Long.parseLong(name));
                }
            }
        } catch (IOException noProc) {
            return Set.of();
        }
        return children;
    }

    /** The first line of /proc/stat → {busy, total}: busy leaves out idle and iowait. */
    static long[] machine(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            long value = Long.parseLong(fields[i]);
            total += value;
            if (i == 4 || i == 5) {
                idle += value;
            }
        }
        return new long[] {total - idle, total};
    }

    /** A /proc/PID/stat line's fields after the command name, which may itself hold spaces and parentheses. */
    static String[] fieldsAfterName(String statLine) {
        return statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    /** utime + stime: fields 14 and 15 of the line (11 and 12 after the name). */
    static long ownTicks(String statLine) {
        String[] fields = fieldsAfterName(statLine);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** cutime + cstime: what its children that have ended and were waited for used (fields 16 and 17). */
    static long childrenTicks(String statLine) {
        String[] fields = fieldsAfterName(statLine);
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    static long parent(String statLine) {
        return Long.parseLong(fieldsAfterName(statLine)[1]);
    }

    private static long ownTicks(long pid) {
        return stat(pid).map(CpuSample::ownTicks).orElse(0L);
    }

    private static long postgresTicks(long postmaster) {
        long ticks = stat(postmaster)
                .map(line -> ownTicks(line) + childrenTicks(line))
                .orElse(0L);
        for (long backend : children(postmaster)) {
            ticks += ownTicks(backend);
        }
        return ticks;
    }

    private static Optional<String> stat(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException notLinux) {
            return "cpu";
        }
    }
}
