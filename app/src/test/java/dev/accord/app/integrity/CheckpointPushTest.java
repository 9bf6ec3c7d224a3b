package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each new checkpoint reaches the auditor's own copy: a directory they keep, or their server. */
class CheckpointPushTest {

    private final CheckpointKey key = CheckpointKey.generate("accord.test/push");

    @Test
    void writesEachCheckpointAndTheLatestIntoADirectory(@TempDir Path auditor) throws IOException {
        CheckpointPush push = new CheckpointPush(auditor.resolve("checkpoints").toString());
        Checkpoint first = checkpoint(10);
        Checkpoint second = checkpoint(12);

        push.push(first);
        push.push(second);

        Path kept = auditor.resolve("checkpoints");
        assertThat(Files.readString(kept.resolve("10.checkpoint"))).isEqualTo(first.note());
        assertThat(Files.readString(kept.resolve("12.checkpoint"))).isEqualTo(second.note());
        assertThat(Files.readString(kept.resolve("latest.checkpoint"))).isEqualTo(second.note());
        assertThat(Checkpoint.verified(Files.readString(kept.resolve("latest.checkpoint")), key.verifier(), null))
                .isPresent();
    }

    /** What a verification adds to the stored checkpoints: each one pushed, once (latest.checkpoint is a copy). */
    @Test
    void readsBackTheCheckpointsItPushedToADirectory(@TempDir Path auditor) {
        CheckpointPush push = new CheckpointPush(auditor.resolve("checkpoints").toString());
        assertThat(push.keptCopies()).as("nothing pushed yet").isEmpty();
        Checkpoint first = checkpoint(10);
        Checkpoint second = checkpoint(12);

        push.push(first);
        push.push(second);

        assertThat(push.keptCopies()).containsExactlyInAnyOrder(first.note(), second.note());
        assertThat(new CheckpointPush("https://auditor.invalid/checkpoints").keptCopies())
                .isEmpty();
        assertThat(new CheckpointPush("").keptCopies()).isEmpty();
    }

    @Test
    void postsEachCheckpointToAnAuditorsServerAndShrugsOffOneThatIsDown() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/checkpoints", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + "|"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            Checkpoint checkpoint = checkpoint(7);
            new CheckpointPush("http://127.0.0.1:" + server.getAddress().getPort() + "/checkpoints").push(checkpoint);
            assertThat(received).containsExactly("text/plain; charset=utf-8|" + checkpoint.note());
        } finally {
            server.stop(0);
        }
        // Unreachable: logged, and the checkpoint stays signed and stored; nothing is thrown at the signer.
        new CheckpointPush("http://127.0.0.1:" + server.getAddress().getPort() + "/checkpoints").push(checkpoint(8));
    }

    private Checkpoint checkpoint(long size) {
        return Checkpoint.sign(key, size, MerkleHashes.leaf(new byte[] {(byte) size}), Instant.now());
    }
}
