package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.IntegrityStatus.Failure;

import java.sql.Connection;
import java.util.List;

/**
 * One way an auditor checks a ledger's history. The tampering tests run every one of them on every tampered ledger;
 * {@code java -jar accord.jar verify} joins them as another implementation (it prints the first failure and exits 1).
 */
interface HistoryCheck {

    /** @param failure null when the history checked out */
    record Verdict(long verifiedEvents, Failure failure) {
    }

    Verdict check(TamperableLedger ledger, List<String> checkpointsKeptElsewhere) throws Exception;

    /** Accord's own verifier, on a connection to the ledger's database, trusting only the ledger's public key. */
    static HistoryCheck ledgerVerifier() {
        return new HistoryCheck() {
            @Override
            public Verdict check(TamperableLedger ledger, List<String> keptElsewhere) throws Exception {
                try (Connection connection = ledger.connect()) {
                    LedgerVerifier.Result result = new LedgerVerifier(ledger.key().verifier())
                            .verify(connection, keptElsewhere, (events, of) -> { });
                    return new Verdict(result.verifiedEvents(), result.failure());
                }
            }

            @Override
            public String toString() {
                return "LedgerVerifier";
            }
        };
    }
}
