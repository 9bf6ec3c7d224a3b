package dev.accord.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What people may write into the ledger. Every text a command carries passes one of these rules before it is
 * recorded, because a recorded event is kept forever and every read model must be able to store it: PostgreSQL's
 * text types refuse the NUL character outright, a lone half of a surrogate pair is not text at all, and the
 * read-model columns are as long as the constants here (the schema test holds the columns to them).
 *
 * <p>Two kinds of text: a <em>line</em> (a title, a name, a metric, an item of a list) holds no control character
 * at all; a <em>long text</em> (a description, a rationale, a comment) may also run over several lines and hold
 * tabs.
 */
public final class Texts {

    /** Titles, names, sponsors, metrics, targets and list items; columns holding them are at least this long. */
    public static final int LINE_MAX_LENGTH = 200;
    /** Descriptions, rationales, reasons, comments, assumptions, views. */
    public static final int LONG_TEXT_MAX_LENGTH = 10_000;
    /** Lists in a command: processes, objectives, expected and realised benefits. */
    public static final int LIST_MAX_SIZE = 50;

    private Texts() {}

    /** A required line, stripped. */
    public static String line(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "This is required");
        }
        return checked(field, text, lineProblem(text));
    }

    /** An optional line, stripped; null when nothing was written. */
    public static String optionalLine(String field, String text) {
        return text == null || text.isBlank() ? null : checked(field, text, lineProblem(text));
    }

    /** A long text, stripped; "" when nothing was written. */
    public static String longText(String field, String text) {
        return text == null || text.isBlank() ? "" : checked(field, text, longTextProblem(text));
    }

    /** The non-blank items of a list of lines, each stripped; at most {@link #LIST_MAX_SIZE} of them. */
    public static List<String> lines(String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        checkSize(field, items);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String line = optionalLine(field + "[" + i + "]", items.get(i));
            if (line != null) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }

    /** Refuses a list longer than {@link #LIST_MAX_SIZE}. */
    public static void checkSize(String field, List<?> items) {
        if (items != null && items.size() > LIST_MAX_SIZE) {
            throw new InvalidInputException(field, "At most " + LIST_MAX_SIZE + " items");
        }
    }

    /** What is wrong with a line, if anything, in words for the person who typed it. */
    public static Optional<String> lineProblem(String text) {
        return problem(text, LINE_MAX_LENGTH, false);
    }

    /** What is wrong with a long text, if anything. */
    public static Optional<String> longTextProblem(String text) {
        return problem(text, LONG_TEXT_MAX_LENGTH, true);
    }

    private static String checked(String field, String text, Optional<String> problem) {
        problem.ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
        return text.strip();
    }

    private static Optional<String> problem(String text, int maxLength, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        // Measured before stripping, so that no string of any length is copied first.
        if (text.length() > maxLength && text.strip().length() > maxLength) {
            return Optional.of("At most " + String.format("%,d", maxLength) + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("Contains a broken character at position " + (i + 1));
            } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("Contains a control character (U+" + String.format("%04X", (int) c)
                        + ") at position " + (i + 1)
                        + (multiline
                                ? "; only line breaks and tabs are allowed"
                                : "; a single line of text is expected"));
            }
        }
        return Optional.empty();
    }
}
