package dev.accord.app.actualsimport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A spreadsheet keeps a date as a number of days (1900 date system, the default of every workbook written today):
 * typing "2026-03" into a cell makes it the 1st of March 2026. Read back as the date it shows.
 */
final class ExcelDates {

    /** Day 0 of the 1900 system, as counted after its famous fictitious 29 February 1900. */
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);

    private static final BigDecimal FIRST = BigDecimal.valueOf(61); // 1 March 1900, past the fictitious leap day
    private static final BigDecimal LAST = BigDecimal.valueOf(2_958_465); // 31 December 9999

    private ExcelDates() {}

    /** The date a serial number stands for, or null when it cannot be one. */
    static LocalDate asDate(BigDecimal serial) {
        if (serial.compareTo(FIRST) < 0 || serial.compareTo(LAST) > 0) {
            return null;
        }
        return DAY_ZERO.plusDays(serial.longValue());
    }
}
