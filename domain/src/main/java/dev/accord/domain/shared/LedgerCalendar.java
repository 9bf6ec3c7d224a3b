package dev.accord.domain.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The years the ledger speaks of: fiscal years, months of actuals, business dates and target dates all lie within
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Java's dates reach far beyond what PostgreSQL and the read models
 * store (a month is kept as "YYYY-MM"), so every date a command carries is held to this range before it is recorded.
 */
public final class LedgerCalendar {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private LedgerCalendar() {}

    /**
     * Today in the ledger's calendar (UTC), by the clock Axon stamps events with: the day a delegation's period is
     * measured against, so that a test can set it.
     */
    public static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }

    public static Optional<String> yearProblem(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR ? Optional.of(range("The year")) : Optional.empty();
    }

    public static void checkFiscalYear(int year) {
        if (yearProblem(year).isPresent()) {
            throw new InvalidInputException("fiscalYear", range("The fiscal year"));
        }
    }

    public static void checkMonth(String field, YearMonth month) {
        if (month != null && yearProblem(month.getYear()).isPresent()) {
            throw new InvalidInputException(field, range("The month"));
        }
    }

    public static void checkDate(String field, LocalDate date) {
        if (date != null && yearProblem(date.getYear()).isPresent()) {
            throw new InvalidInputException(field, range("The date"));
        }
    }

    private static String range(String what) {
        return what + " must be between " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}
