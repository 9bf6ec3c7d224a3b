package dev.accord.app.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The checkpoint key lives outside the database, in a file only its owner may read: whoever can rewrite the database
 * still cannot sign a checkpoint for the rewritten history.
 */
final class CheckpointKeyFile {

    private CheckpointKeyFile() {}

    /**
     * @param latest the ledger's latest checkpoint, if it has one: it must verify with the key found, and a missing
     *               key file is then an error, not a first start (a new key would make every checkpoint unverifiable)
     */
    static CheckpointKey readOrCreate(Path file, String origin, Optional<Checkpoint> latest) {
        try {
            if (Files.isRegularFile(file)) {
                CheckpointKey key = CheckpointKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (latest.isPresent()
                        && Checkpoint.verified(latest.get().note(), key.verifier(), null)
                                .isEmpty()) {
                    throw CheckpointKeyUnavailableException.another(
                            file, key.verifier(), latest.get().origin());
                }
                return key;
            }
            if (latest.isPresent()) {
                throw CheckpointKeyUnavailableException.missing(
                        file, latest.get().origin());
            }
            CheckpointKey key = CheckpointKey.generate("accord");
            if (origin == null || origin.isBlank()) {
                // A name of its own, so that auditors who keep several ledgers' checkpoints can tell them apart.
                byte[] fingerprint = MerkleHashes.sha256().digest(key.verifier().publicKey());
                key = key.named("accord/" + HexFormat.of().formatHex(fingerprint, 0, 4));
            } else {
                key = key.named(origin.strip());
            }
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint key " + file + " cannot be read or written", e);
        }
    }

    private static void write(Path file, CheckpointKey key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                partial,
                key.privateKeyLine() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
