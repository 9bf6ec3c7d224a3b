package dev.accord.app.integrity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each new checkpoint to the auditor's own store (accord.integrity.checkpoint-push): a directory, where it is
 * written as {@code <tree size>.checkpoint} and {@code latest.checkpoint}, or an http(s) URL it is POSTed to as
 * text/plain. A copy out of Accord's reach is what shows a later truncation of the log and of its checkpoints.
 */
class CheckpointPush {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointPush.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String target;
    private final HttpClient http;

    CheckpointPush(String target) {
        this.target = target == null ? "" : target.strip();
        this.http = this.target.startsWith("http")
                ? HttpClient.newBuilder().connectTimeout(PATIENCE).build()
                : null;
    }

    void push(Checkpoint checkpoint) {
        if (target.isEmpty()) {
            return;
        }
        try {
            if (http != null) {
                post(checkpoint);
            } else {
                write(checkpoint);
            }
        } catch (IOException | RuntimeException failed) {
            // The checkpoint is stored and signed; the auditor's copy catches up with the next one.
            LOG.warn("Checkpoint {} could not be pushed to {}: {}", checkpoint.treeSize(), target, failed.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The checkpoints pushed to a directory, read back for a verification: they show a log that was truncated in
     * the database together with its stored checkpoints. Empty for a URL, which Accord cannot read back.
     */
    List<String> keptCopies() {
        if (target.isEmpty() || http != null || !Files.isDirectory(Path.of(target))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(target))) {
            List<String> notes = new ArrayList<>();
            List<Path> pushed = files.filter(
                            file -> file.getFileName().toString().matches("[0-9]+\\.checkpoint"))
                    .toList();
            for (Path file : pushed) {
                notes.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return notes;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("The checkpoints pushed to {} could not be read back: {}", target, unreadable.toString());
            return List.of();
        }
    }

    private void post(Checkpoint checkpoint) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(target))
                        .timeout(PATIENCE)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(checkpoint.note(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("answered " + response.statusCode());
        }
    }

    private void write(Checkpoint checkpoint) throws IOException {
        Path directory = Path.of(target);
        Files.createDirectories(directory);
        Path file = directory.resolve(checkpoint.treeSize() + ".checkpoint");
        Path partial = directory.resolve(checkpoint.treeSize() + ".checkpoint.partial");
        Files.writeString(partial, checkpoint.note(), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path latest = directory.resolve("latest.checkpoint.partial");
        Files.writeString(latest, checkpoint.note(), StandardCharsets.UTF_8);
        Files.move(
                latest,
                directory.resolve("latest.checkpoint"),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
