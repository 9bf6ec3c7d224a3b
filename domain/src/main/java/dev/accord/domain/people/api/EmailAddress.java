package dev.accord.domain.people.api;

import dev.accord.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Where a person is told what concerns them. Checked only for the shape every deliverable address has (a local
 * part, one '@', a domain with a dot, nothing blank or invisible); whether it delivers is for the mail server to say.
 */
public final class EmailAddress {

    /** The longest address SMTP carries (RFC 5321's path limit); user_account.email is as wide. */
    public static final int MAX_LENGTH = 254;

    private static final int LOCAL_PART_MAX_LENGTH = 64;
    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    public static final String EXPECTED =
            "An e-mail address such as nora@example.com, at most " + MAX_LENGTH + " characters";

    private EmailAddress() {}

    /** The address as stored, without surrounding spaces; null when none was given. */
    public static String checked(String field, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String stripped = address.strip();
        if (stripped.length() > MAX_LENGTH
                || !SHAPE.matcher(stripped).matches()
                || stripped.indexOf('@') > LOCAL_PART_MAX_LENGTH) {
            throw new InvalidInputException(field, EXPECTED);
        }
        return stripped;
    }
}
