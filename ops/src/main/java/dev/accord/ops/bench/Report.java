package dev.accord.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The run's figures as Markdown: printed as they come, and written to ops/bench/results/ at the end. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final LocalDateTime started = LocalDateTime.now();

    void heading(String text) {
        add("");
        add("## " + text);
        add("");
    }

    void line(String text) {
        add(text);
    }

    void bullet(String label, Object value) {
        add("- " + label + ": " + value);
    }

    /** A measurement with the machine's load just before and just after it. */
    void measured(String label, Object value, MachineLoad before, MachineLoad after) {
        add("- " + label + ": " + value + " (load before " + before.loadAverage() + ", after "
                + after.loadAverage() + ")");
    }

    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
        List<String> content = new ArrayList<>();
        content.add("# Replay benchmarks, " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        content.addAll(lines);
        Files.write(file, content);
        return file;
    }

    private void add(String line) {
        lines.add(line);
        System.out.println(line);
    }
}
