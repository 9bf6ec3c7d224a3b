package dev.accord.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount in an ISO 4217 currency. BigDecimal throughout: money is never floating point.
 * Ledger amounts are positive, have at most two decimals and are at most 10^12.
 */
public record Money(BigDecimal amount, String currency) {

    public static final BigDecimal MAXIMUM = new BigDecimal("1000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /**
     * Checks a ledger amount and currency, throwing {@link InvalidInputException} for the first problem.
     *
     * @param field the name of the money field, e.g. "requestedBudget"; problems name "requestedBudget.amount"
     */
    public static Money checked(String field, BigDecimal amount, String currency) {
        amountProblem(amount).ifPresent(problem -> {
            throw new InvalidInputException(field + ".amount", problem);
        });
        currencyProblem(currency).ifPresent(problem -> {
            throw new InvalidInputException(field + ".currency", problem);
        });
        return new Money(amount, currency);
    }

    /** What is wrong with a ledger amount, if anything, in words for the person who typed it. */
    public static Optional<String> amountProblem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("Amount is required");
        }
        if (amount.signum() <= 0) {
            return Optional.of("Amount must be greater than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("Amount must have at most two decimal places");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            return Optional.of("Amount must be at most 1,000,000,000,000");
        }
        return Optional.empty();
    }

    /** What is wrong with a currency code, if anything. */
    public static Optional<String> currencyProblem(String currency) {
        if (currency == null || currency.isBlank()) {
            return Optional.of("Currency is required");
        }
        try {
            Currency.getInstance(currency);
            return currency.equals(currency.toUpperCase())
                    ? Optional.empty()
                    : Optional.of("Currency must be an upper-case ISO 4217 code, e.g. EUR");
        } catch (IllegalArgumentException unknown) {
            return Optional.of("Unknown currency code '" + currency + "'");
        }
    }

    /**
     * How amounts read in timelines and logs, "EUR 120,000.00"; the UI formats for the user's locale. A pattern made
     * once per thread, because every replayed event writes a sentence with amounts in it and String.format parses its
     * pattern anew on each call (ten times slower).
     */
    private static final ThreadLocal<DecimalFormat> LEDGER_FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    @Override
    public String toString() {
        return currency + " " + LEDGER_FORMAT.get().format(amount);
    }
}
