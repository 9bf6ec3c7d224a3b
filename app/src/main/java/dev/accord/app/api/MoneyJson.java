package dev.accord.app.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Money as the API writes it: {"amount": "120000.00", "currency": "EUR"}, the amount a string so no client
 * ever rounds it through a binary floating-point number. Only the reading happens here; the ledger's rules
 * (positive, two decimals, at most 10^12, a known currency) are the domain's.
 */
@Schema(
        name = "Money",
        description = "An amount in a currency, the amount a decimal string. Sent: positive, at most two decimals, at "
                + "most 10^12. Answered: always two decimals; negative only where a difference is meant (a variance).")
public record MoneyJson(
        @Schema(
                requiredMode = REQUIRED,
                pattern = "^-?[0-9]{1,13}(\\.[0-9]{1,2})?$",
                description = "A decimal such as 120000.00")
        String amount,

        @Schema(requiredMode = REQUIRED, description = "ISO 4217 code", pattern = "^[A-Z]{3}$", example = "EUR")
        String currency) {

    /**
     * More characters than any amount the ledger takes ("1000000000000.00" has 16). Longer strings are refused
     * before BigDecimal reads them: its work grows faster than their length.
     */
    static final int MAXIMUM_AMOUNT_LENGTH = 32;

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().setScale(2).toPlainString(), money.currency());
    }

    /** Reads an amount a client sent, naming the field when it is missing or not a number. */
    public static Money parse(String field, MoneyJson json) {
        if (json == null || json.amount() == null || json.amount().isBlank()) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        if (json.amount().length() > MAXIMUM_AMOUNT_LENGTH) {
            throw new InvalidInputException(
                    field + ".amount",
                    "Amount must be a number such as \"120000.00\" of " + "at most " + MAXIMUM_AMOUNT_LENGTH
                            + " characters; this one has " + json.amount().length());
        }
        try {
            return new Money(new BigDecimal(json.amount().strip()), json.currency() == null ? "" : json.currency());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(
                    field + ".amount", "Amount must be a number such as \"120000.00\", not \"" + json.amount() + "\"");
        }
    }

    /** As {@link #parse}, for fields that may be left out. */
    public static Money parseOptional(String field, MoneyJson json) {
        return json == null ? null : parse(field, json);
    }
}
