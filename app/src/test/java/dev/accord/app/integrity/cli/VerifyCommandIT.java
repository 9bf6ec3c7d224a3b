package dev.accord.app.integrity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.database.EmbeddedDatabase;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.CheckpointKey;
import dev.accord.app.integrity.Checkpoints;
import dev.accord.app.integrity.bundle.Bundles;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code java -jar accord.jar verify} as an operator and an auditor run it: through a running Accord, on its database
 * directly with the key file, and on a bundle with nothing else. Checkpoints kept elsewhere show a cut-off tail.
 */
@AccordIntegrationTest
class VerifyCommandIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    CheckpointKey signingKey;

    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;

    @Value("${local.server.port}")
    int port;

    @TempDir
    Path tmp;

    @Test
    void throughARunningAccordAnAdministratorGetsTheVerdictAndExitZero() {
        new Api(http, json).propose("ida", "Verified from the terminal", "10.00", FiscalYears.forProposalsOnly());
        checkpoints.signNow();

        Output output = new Output();
        int status = VerifyCommand.run(
                new String[] {
                    "--url=http://127.0.0.1:" + port,
                    "--user=ada",
                    "--public-key=" + checkpoints.verifierKey(),
                    "--checkpoint=" + keep(latest())
                },
                output.stream,
                () -> "demo");

        assertThat(status).as(output.text()).isZero();
        assertThat(output.text())
                .contains("] 100 %")
                .contains("Verified: ")
                .contains("and the 1 checkpoint(s) kept elsewhere");
        Output member = new Output();
        assertThat(VerifyCommand.run(
                        new String[] {"--url=http://127.0.0.1:" + port, "--user=ida"}, member.stream, () -> "demo"))
                .isEqualTo(1);
        assertThat(member.text()).contains("403 only an administrator may start a verification");
    }

    @Test
    void aTailCutOffWithItsStoredCheckpointsShowsAgainstACheckpointKeptElsewhere() {
        Checkpoint latest = checkpoints.signNow().orElseThrow();
        // What the ledger signed before its last events and their checkpoints were cut off: a tree larger than today's.
        Checkpoint beforeTheCut = Checkpoint.sign(signingKey, latest.treeSize() + 3, latest.rootHash(), Instant.now());
        Path kept = keep(beforeTheCut.note());

        Output remote = new Output();
        int remoteStatus = VerifyCommand.run(
                new String[] {"--url=http://127.0.0.1:" + port, "--user=ada", "--checkpoint=" + kept},
                remote.stream,
                () -> "demo");
        Output direct = new Output();
        int directStatus =
                VerifyCommand.run(withLedger("--checkpoint=" + kept.getParent()), direct.stream, () -> "unused");

        assertThat(remoteStatus).as(remote.text()).isEqualTo(1);
        assertThat(remote.text())
                .contains("NOT VERIFIED")
                .contains("first failure: MISSING")
                .contains("a checkpoint was signed for " + beforeTheCut.treeSize() + " events")
                .contains("its tail is gone");
        assertThat(directStatus).as(direct.text()).isEqualTo(1);
        assertThat(direct.text())
                .contains("NOT VERIFIED")
                .contains("first failure: MISSING")
                .contains("a checkpoint was signed for " + beforeTheCut.treeSize() + " events")
                .contains("its tail is gone");
    }

    @Test
    void onTheDatabaseDirectlyItChecksWithTheKeyFileAndExitsZero() {
        checkpoints.signNow();
        Output output = new Output();

        int status = VerifyCommand.run(withLedger(), output.stream, () -> "unused");

        assertThat(status).as(output.text()).isZero();
        assertThat(output.text())
                .contains("Verifying the ledger against " + checkpoints.verifierKey())
                .contains("Verified: ");
    }

    @Test
    void aBundleIsCheckedOfflineAndAChangedOneIsRefusedNamingTheEvent() {
        String project = new Api(http, json)
                .propose("ida", "Bundled for the terminal", "10.00", FiscalYears.forProposalsOnly())
                .text("id");
        Path bundle = Bundles.download(http, "?projectId=" + project, tmp.resolve("bundle.zip"));
        String first = Bundles.lines(bundle, "events.jsonl").get(0);
        Path changed = Bundles.altered(
                bundle,
                "events.jsonl",
                lines -> {
                    lines.set(0, Bundles.withOnePayloadByteChanged(lines.get(0)));
                    return lines;
                },
                tmp.resolve("changed.zip"));

        Output good = new Output();
        Output ownKeyOnly = new Output();
        Output bad = new Output();
        int goodStatus = VerifyCommand.run(
                new String[] {"--bundle=" + bundle, "--public-key=" + keep(checkpoints.verifierKey() + "\n")},
                good.stream,
                () -> "unused");
        int ownKeyStatus = VerifyCommand.run(new String[] {"--bundle=" + bundle}, ownKeyOnly.stream, () -> "unused");
        int badStatus = VerifyCommand.run(
                new String[] {"--bundle=" + changed, "--public-key=" + checkpoints.verifierKey()},
                bad.stream,
                () -> "unused");

        assertThat(goodStatus).as(good.text()).isZero();
        assertThat(good.text()).startsWith("Verified: the ").doesNotContain("Warning");
        assertThat(ownKeyStatus).isZero();
        assertThat(ownKeyOnly.text()).contains("Warning: only the bundle's own public key was used");
        assertThat(badStatus).isEqualTo(1);
        assertThat(bad.text())
                .contains("NOT VERIFIED: event " + Bundles.globalIndexOf(first) + " (Project " + project
                        + ", sequence 0) has been changed");
    }

    private String latest() {
        return checkpoints.signNow().orElseThrow().note();
    }

    /** A file of the auditor's own, in a directory of its own. */
    private Path keep(String text) {
        try {
            Path directory = Files.createTempDirectory(tmp, "kept");
            return Files.writeString(directory.resolve("kept.checkpoint"), text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The running Accord's database (its embedded one's data directory, or SPRING_DATASOURCE_URL as given) and its
     * signing key in a file, as an operator names them.
     */
    private String[] withLedger(String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            args.add("--accord.data-dir=" + database.dataDirectory());
        }
        try {
            Path keyFile = Files.writeString(
                    Files.createTempDirectory(tmp, "key").resolve("checkpoint-signing.key"),
                    signingKey.privateKeyLine() + "\n",
                    StandardCharsets.UTF_8);
            args.add("--accord.integrity.signing-key-file=" + keyFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return args.toArray(String[]::new);
    }

    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
