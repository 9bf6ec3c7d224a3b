package dev.accord.app.integrity.cli;

import dev.accord.app.integrity.VerifierKey;
import dev.accord.app.integrity.bundle.BundleVerifier;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code java -jar accord.jar verify}: proves, or disproves, that the ledger's history is the one that was signed
 * (docs/integrity.md, "Verifying from the command line").
 * <ul>
 *   <li>{@code verify} on its own reads the configured database directly (like {@code backup}), with the public key
 *       derived from the checkpoint key file (or given with --public-key), never one the database holds.</li>
 *   <li>{@code verify --url=http://host:8080 --user=ada} asks a running Accord for a full verification and follows
 *       it; the password comes from ACCORD_PASSWORD or is asked for.</li>
 *   <li>{@code verify --bundle=FILE} checks an audit bundle, with no database and no Accord.</li>
 * </ul>
 * {@code --public-key=KEY-or-FILE} names the key the auditor trusts; {@code --checkpoint=FILE-or-DIRECTORY}
 * (repeatable) adds checkpoints kept outside the ledger, which show a tail cut off together with its checkpoints.
 * Exit status 0 when verified, 1 when not or when the check could not be made.
 */
public final class VerifyCommand {

    static final String[] OWN_OPTIONS = {"--url", "--user", "--bundle", "--public-key", "--checkpoint"};

    private VerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.err, VerifyCommand::passwordFromEnvironmentOrConsole));
    }

    static int run(String[] args, PrintStream terminal, Supplier<String> password) {
        try {
            Optional<VerifierKey> key = option(args, "--public-key").map(PublicKeyOption::read);
            List<String> kept = KeptCheckpoints.read(options(args, "--checkpoint"));
            Optional<String> bundle = option(args, "--bundle");
            if (bundle.isPresent()) {
                return bundle(Path.of(bundle.get()), key.orElse(null), terminal);
            }
            Optional<String> url = option(args, "--url");
            if (url.isPresent()) {
                String user = option(args, "--user")
                        .orElseThrow(() -> new VerificationRefused("name an administrator with --user=<name>"));
                return verdict(new RemoteVerification(url.get(), user, password, terminal).run(key, kept), terminal);
            }
            return verdict(new DirectVerification(terminal).run(withoutOwnOptions(args), key, kept), terminal);
        } catch (VerificationRefused refused) {
            terminal.println("Verification not made: " + refused.getMessage());
            return 1;
        }
    }

    private static int bundle(Path file, VerifierKey key, PrintStream terminal) {
        BundleVerifier.Outcome outcome = new BundleVerifier().verify(file, key);
        outcome.warnings().forEach(warning -> terminal.println("Warning: " + warning));
        if (!outcome.verified()) {
            terminal.println("NOT VERIFIED: " + outcome.failure());
            return 1;
        }
        terminal.printf(
                "Verified: the %,d events of the bundle (%s) are in the history of %,d events signed by %s "
                        + "(root %s)%n",
                outcome.verifiedEvents(),
                outcome.scope(),
                outcome.checkpoint().treeSize(),
                outcome.checkpoint().origin(),
                outcome.checkpoint().rootHashBase64());
        return 0;
    }

    /** The verdict on a ledger: 0 and what was verified, or 1 and the first place its history was changed. */
    static int verdict(Verdict verdict, PrintStream terminal) {
        if (verdict.failure() == null) {
            terminal.printf(
                    "Verified: %,d events, up to the checkpoint of %,d events%s%n",
                    verdict.verifiedEvents(),
                    verdict.treeSize(),
                    verdict.keptCheckpoints() > 0
                            ? ", and the " + verdict.keptCheckpoints() + " checkpoint(s) kept elsewhere"
                            : "");
            return 0;
        }
        Failure failure = verdict.failure();
        terminal.println(
                failure.reason() == Reason.UNREADABLE
                        ? "NOT VERIFIED: the history can no longer be read as it was written."
                        : "NOT VERIFIED: the history is not the one that was signed.");
        terminal.println("  first failure: " + failure.reason()
                + (failure.globalIndex() == null ? "" : " at global index " + failure.globalIndex())
                + (failure.aggregateId() == null ? "" : ", aggregate " + failure.aggregateId())
                + (failure.sequence() == null ? "" : ", sequence " + failure.sequence()));
        terminal.println("  " + failure.detail());
        terminal.printf("  %,d events verified before it%n", verdict.verifiedEvents());
        return 1;
    }

    /** What a verification of the ledger found. */
    record Verdict(long verifiedEvents, long treeSize, int keptCheckpoints, Failure failure) {}

    static Optional<String> option(String[] args, String name) {
        return options(args, name).stream().findFirst();
    }

    static List<String> options(String[] args, String name) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(name + "="))
                .map(arg -> arg.substring(name.length() + 1))
                .toList();
    }

    /** The rest are Accord's own settings (--accord.data-dir=…, --spring.datasource.url=…). */
    private static String[] withoutOwnOptions(String[] args) {
        return Arrays.stream(args)
                .filter(arg -> Arrays.stream(OWN_OPTIONS).noneMatch(own -> arg.startsWith(own + "=")))
                .toArray(String[]::new);
    }

    private static String passwordFromEnvironmentOrConsole() {
        String password = System.getenv("ACCORD_PASSWORD");
        Console console = System.console();
        if (password == null && console != null) {
            password = new String(console.readPassword("Password: "));
        }
        if (password == null) {
            throw new VerificationRefused("set ACCORD_PASSWORD or run it in a terminal to be asked for the password");
        }
        return password;
    }
}
