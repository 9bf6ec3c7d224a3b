package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.integrity.cli.VerifyAtTheTerminal;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * One way an auditor checks a ledger's history. The tampering tests run every one of them on every tampered ledger.
 */
interface HistoryCheck {

    /** @param failure null when the history checked out */
    record Verdict(long verifiedEvents, Failure failure) {}

    Verdict check(TamperableLedger ledger, List<String> checkpointsKeptElsewhere) throws Exception;

    /** Accord's own verifier, on a connection to the ledger's database, trusting only the ledger's public key. */
    static HistoryCheck ledgerVerifier() {
        return new HistoryCheck() {
            @Override
            public Verdict check(TamperableLedger ledger, List<String> keptElsewhere) throws Exception {
                try (Connection connection = ledger.connect()) {
                    LedgerVerifier.Result result = new LedgerVerifier(
                                    ledger.key().verifier())
                            .verify(connection, keptElsewhere, (events, of) -> {});
                    return new Verdict(result.verifiedEvents(), result.failure());
                }
            }

            @Override
            public String toString() {
                return "LedgerVerifier";
            }
        };
    }

    /**
     * {@code java -jar accord.jar verify} reading the database directly, with the public key the auditor trusts and
     * the checkpoints kept elsewhere as files; the verdict is read back from what it printed.
     */
    static HistoryCheck verifyCommand() {
        return new HistoryCheck() {
            @Override
            public Verdict check(TamperableLedger ledger, List<String> keptElsewhere) throws Exception {
                List<String> args = new ArrayList<>(List.of(
                        "--spring.datasource.url=" + ledger.url(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--public-key=" + ledger.key().verifier()));
                Path kept = Files.createTempDirectory("kept-checkpoints");
                try {
                    for (int i = 0; i < keptElsewhere.size(); i++) {
                        args.add("--checkpoint="
                                + Files.writeString(kept.resolve(i + ".checkpoint"), keptElsewhere.get(i)));
                    }
                    VerifyAtTheTerminal.Printed printed =
                            VerifyAtTheTerminal.verify("unused", args.toArray(String[]::new));
                    assertThat(printed.status()).as(printed.output()).isEqualTo(printed.failure() == null ? 0 : 1);
                    return new Verdict(printed.verifiedEvents(), printed.failure());
                } finally {
                    try (var files = Files.list(kept)) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                    Files.delete(kept);
                }
            }

            @Override
            public String toString() {
                return "java -jar accord.jar verify";
            }
        };
    }
}
