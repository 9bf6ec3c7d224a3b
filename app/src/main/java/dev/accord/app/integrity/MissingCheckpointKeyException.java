package dev.accord.app.integrity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.nio.file.Path;

/** The ledger has signed checkpoints, but the key they were signed with is not where Accord looks for it. */
public class MissingCheckpointKeyException extends RuntimeException {

    public MissingCheckpointKeyException(Path file, String signerName) {
        super("This ledger's checkpoints were signed by the key \"" + signerName + "\", but its key file " + file
                + " is missing. Put the key file back there (after a restore: copy it from where you keep it), or "
                + "name it with ACCORD_INTEGRITY_SIGNING_KEY_FILE. A new key would leave every earlier checkpoint "
                + "unverifiable, so Accord does not make one.");
    }

    /** Says so at start in plain words instead of a bean creation stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<MissingCheckpointKeyException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, MissingCheckpointKeyException cause) {
            return new FailureAnalysis(cause.getMessage(), "Restore the checkpoint key file, then start Accord again.",
                    cause);
        }
    }
}
