package dev.accord.app.actualsimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A month and an amount as a person writes them in a sheet. Only forms that cannot be misread are taken: a month
 * as 2026-03 (or a date cell, or 2026-03-31), an amount as 1250.50 or 1,250.50 (or a number cell). Whether the
 * value is allowed (a future month, three decimals) is the ledger's to say, not the reader's.
 */
final class SheetValues {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private SheetValues() {}

    /** Thrown with the words to show beside the cell. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    static YearMonth month(SheetCell cell) throws Unreadable {
        if (cell.isEmpty()) {
            throw new Unreadable("Give the month as YYYY-MM, e.g. 2026-03");
        }
        if (cell.date() != null) {
            return YearMonth.from(cell.date());
        }
        try {
            return YearMonth.parse(cell.text());
        } catch (DateTimeParseException notAMonth) {
            try {
                return YearMonth.from(LocalDate.parse(cell.text()));
            } catch (DateTimeParseException notADate) {
                throw new Unreadable(
                        "\u201c" + cell.text() + "\u201d is not a month; write it as YYYY-MM, e.g. 2026-03");
            }
        }
    }

    /** The amount in a cell, or null when the cell is blank. */
    static BigDecimal amount(SheetCell cell) throws Unreadable {
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        String text = cell.text().replace("\u00a0", "").replace(" ", "");
        if (PLAIN.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (GROUPED.matcher(text).matches()) {
            return new BigDecimal(text.replace(",", ""));
        }
        throw new Unreadable("\u201c" + cell.text() + "\u201d is not an amount; write it as 1250.50, without currency");
    }
}
