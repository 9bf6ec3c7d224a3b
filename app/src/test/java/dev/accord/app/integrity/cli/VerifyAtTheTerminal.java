package dev.accord.app.integrity.cli;

import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar accord.jar verify …} as a terminal shows it, for tests outside this package. */
public final class VerifyAtTheTerminal {

    private static final Pattern VERIFIED = Pattern.compile("Verified: ([\\d,]+) events");
    private static final Pattern NOT_VERIFIED = Pattern.compile("first failure: (\\w+)(?: at global index (\\d+))?"
            + "(?:, aggregate ([^,\\n]+))?(?:, sequence (\\d+))?\\R {2}(.*)\\R {2}([\\d,]+) events verified before it");

    /**
     * What the command printed and its exit status, and what the printed verdict says: the events verified and the
     * first failure (null when verified), read back from the text an auditor reads.
     */
    public record Printed(int status, String output, long verifiedEvents, Failure failure) {}

    private VerifyAtTheTerminal() {}

    public static Printed verify(String password, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> password);
        String output = bytes.toString(StandardCharsets.UTF_8);
        Matcher failed = NOT_VERIFIED.matcher(output);
        if (failed.find()) {
            return new Printed(
                    status,
                    output,
                    number(failed.group(6)),
                    new Failure(
                            failed.group(2) == null ? null : Long.valueOf(failed.group(2)),
                            failed.group(3),
                            failed.group(4) == null ? null : Long.valueOf(failed.group(4)),
                            Reason.valueOf(failed.group(1)),
                            failed.group(5)));
        }
        Matcher verified = VERIFIED.matcher(output);
        if (verified.find()) {
            return new Printed(status, output, number(verified.group(1)), null);
        }
        throw new AssertionError("verify printed no verdict (exit " + status + "):\n" + output);
    }

    private static long number(String printed) {
        return Long.parseLong(printed.replace(",", ""));
    }
}
