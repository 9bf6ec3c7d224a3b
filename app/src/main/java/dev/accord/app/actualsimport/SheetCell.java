package dev.accord.app.actualsimport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it: a text (CSV, or a text cell), or a number (an XLSX number cell, which is also how
 * a spreadsheet keeps a date). Blank cells are empty.
 */
record SheetCell(String text, BigDecimal number, LocalDate date) {

    static final SheetCell EMPTY = new SheetCell(null, null, null);

    static SheetCell text(String text) {
        return text == null || text.isBlank() ? EMPTY : new SheetCell(text.strip(), null, null);
    }

    static SheetCell number(BigDecimal number, LocalDate asDate) {
        return new SheetCell(number.toPlainString(), number, asDate);
    }

    boolean isEmpty() {
        return text == null;
    }
}
