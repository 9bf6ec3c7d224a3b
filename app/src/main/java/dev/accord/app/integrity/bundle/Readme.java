package dev.accord.app.integrity.bundle;

import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.VerifierKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundle's README.txt: what it holds and how to check it, with Accord's verifier and by hand. */
final class Readme {

    private Readme() {}

    static String of(BundleScope scope, Checkpoint checkpoint, VerifierKey key) {
        try (InputStream template = Readme.class.getResourceAsStream("/integrity/audit-bundle-README.txt")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{scope}}", scope.description())
                    .replace("{{treeSize}}", String.valueOf(checkpoint.treeSize()))
                    .replace("{{origin}}", checkpoint.origin())
                    .replace("{{rootHash}}", checkpoint.rootHashBase64())
                    .replace("{{key}}", key.toString())
                    .replace("{{file}}", scope.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
