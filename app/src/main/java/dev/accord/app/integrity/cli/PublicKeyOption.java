package dev.accord.app.integrity.cli;

import dev.accord.app.integrity.VerifierKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** --public-key: the C2SP verifier key itself, or a file that holds it (as GET /api/integrity/public-key gave it). */
final class PublicKeyOption {

    private PublicKeyOption() {}

    static VerifierKey read(String keyOrFile) {
        String text = keyOrFile;
        Path file = Path.of(keyOrFile);
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VerificationRefused("cannot read the public key " + file + ": " + e.getMessage());
            }
        }
        try {
            return VerifierKey.parse(text.strip());
        } catch (IllegalArgumentException notAKey) {
            throw new VerificationRefused(
                    "--public-key is neither a verifier key nor a file holding one (" + notAKey.getMessage() + ")");
        }
    }
}
