package dev.accord.app.integrity;

import java.nio.file.Path;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The ledger has signed checkpoints, but the key they were signed with is not the one Accord found: its file is
 * missing, or it holds another key. Signing on with a new or different key would leave every earlier checkpoint
 * unverifiable, so Accord does not start.
 */
public class CheckpointKeyUnavailableException extends RuntimeException {

    private CheckpointKeyUnavailableException(String message) {
        super(message);
    }

    static CheckpointKeyUnavailableException missing(Path file, String signerName) {
        return new CheckpointKeyUnavailableException("This ledger's checkpoints were signed by the key \"" + signerName
                + "\", but its key file " + file + " is missing. Put the key file back there (after a restore: copy it "
                + "from where you keep it), or name it with ACCORD_INTEGRITY_SIGNING_KEY_FILE. A new key would leave "
                + "every earlier checkpoint unverifiable, so Accord does not make one.");
    }

    static CheckpointKeyUnavailableException another(Path file, VerifierKey found, String signerName) {
        return new CheckpointKeyUnavailableException("This ledger's latest checkpoint was not signed by the key in "
                + file + " (" + found + ") but by \"" + signerName + "\". Put the ledger's own key file there, or "
                + "name it with ACCORD_INTEGRITY_SIGNING_KEY_FILE; every node of one ledger signs with the same key.");
    }

    /** Says so at start in plain words instead of a bean creation stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<CheckpointKeyUnavailableException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, CheckpointKeyUnavailableException cause) {
            return new FailureAnalysis(
                    cause.getMessage(), "Restore the checkpoint key file, then start Accord again.", cause);
        }
    }
}
