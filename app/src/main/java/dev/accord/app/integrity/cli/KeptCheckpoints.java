package dev.accord.app.integrity.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * --checkpoint: signed checkpoints an auditor kept outside the ledger, as files, or a directory of them (such as the
 * one accord.integrity.checkpoint-push writes: one {@code <tree size>.checkpoint} per checkpoint).
 */
final class KeptCheckpoints {

    private KeptCheckpoints() {}

    static List<String> read(List<String> filesOrDirectories) {
        List<String> notes = new ArrayList<>();
        for (String name : filesOrDirectories) {
            Path path = Path.of(name);
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.list(path)) {
                        for (Path file : files.filter(
                                        f -> f.getFileName().toString().endsWith(".checkpoint"))
                                .sorted()
                                .toList()) {
                            notes.add(Files.readString(file, StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    notes.add(Files.readString(path, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new VerificationRefused("cannot read the checkpoint(s) in " + path + ": " + e);
            }
        }
        return notes;
    }
}
