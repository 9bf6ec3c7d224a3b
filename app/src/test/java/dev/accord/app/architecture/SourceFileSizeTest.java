package dev.accord.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every main source file small enough to read in one sitting: a file that grows past the limit has taken on a
 * second concern, and is split by concern, not by line count.
 */
class SourceFileSizeTest {

    static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsOverThreeHundredLines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // the tests run in app/
        List<String> tooLong;
        try (Stream<Path> files = Stream.of("domain", "ui", "app", "ops")
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(SourceFileSizeTest::javaFiles)) {
            tooLong = files.filter(file -> lines(file) > MAX_LINES)
                    .map(file -> root.relativize(file) + " (" + lines(file) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theCheckSeesEveryModule() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(Stream.of("domain", "ui", "app", "ops")
                        .map(m -> root.resolve(m).resolve("src/main/java")))
                .allMatch(Files::isDirectory);
    }

    private static Stream<Path> javaFiles(Path directory) {
        try {
            return Files.walk(directory).filter(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
