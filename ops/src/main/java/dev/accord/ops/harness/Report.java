package dev.accord.ops.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A run's figures as Markdown: printed as they come, and written to a results directory at the end. */
public final class Report {

    private final String title;
    private final List<String> lines = new ArrayList<>();
    private final LocalDateTime started = LocalDateTime.now();

    /** The file's first heading is the title with the run's start, e.g. "Replay benchmarks, 2026-11-28 05:05". */
    public Report(String title) {
        this.title = title;
    }

    /** The "Machine" section every benchmark report opens with: what ran, where, and how busy the machine was. */
    public void machine(String postgres, String application) {
        heading("Machine");
        bullet("processors", Runtime.getRuntime().availableProcessors());
        bullet("load at start", MachineLoad.now().loadAverage());
        bullet("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        bullet("PostgreSQL", postgres);
        bullet("application", application);
    }

    public void heading(String text) {
        add("");
        add("## " + text);
        add("");
    }

    public void line(String text) {
        add(text);
    }

    public void bullet(String label, Object value) {
        add("- " + label + ": " + value);
    }

    /** A measurement with the machine's load just before and just after it. */
    /** Takes the measurement and reports its result with the machine's load before and after it. */
    public void measure(String label, Callable<?> measurement) throws Exception {
        MachineLoad before = MachineLoad.now();
        Object result = measurement.call();
        measured(label, result, before, MachineLoad.now());
    }

    public void measured(String label, Object value, MachineLoad before, MachineLoad after) {
        add("- " + label + ": " + value + " (load before " + before.loadAverage() + ", after " + after.loadAverage()
                + ")");
    }

    /** Writes {@code <yyyy-MM-dd-HHmm>.md} into the directory. */
    public Path write(Path directory) throws IOException {
        return write(directory, "");
    }

    /** Writes {@code <yyyy-MM-dd-HHmm><suffix>.md} into the directory, e.g. a suffix naming the database. */
    public Path write(Path directory, String suffix) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + suffix + ".md");
        List<String> content = new ArrayList<>();
        content.add("# " + title + ", " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        content.addAll(lines);
        Files.write(file, content);
        return file;
    }

    private void add(String line) {
        lines.add(line);
        System.out.println(line);
    }
}
