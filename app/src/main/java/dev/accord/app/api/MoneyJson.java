package dev.accord.app.api;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;

import java.math.BigDecimal;

/**
 * Money as the API writes it: {"amount": "120000.00", "currency": "EUR"}, the amount a string so no client
 * ever rounds it through a binary floating-point number.
 */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().setScale(2).toPlainString(), money.currency());
    }

    /** Reads an amount a client sent, naming the field when it is missing or not a number. */
    public static Money parse(String field, MoneyJson json) {
        if (json == null || json.amount() == null || json.amount().isBlank()) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(json.amount().strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field + ".amount",
                    "Amount must be a number such as \"120000.00\", not \"" + json.amount() + "\"");
        }
        return Money.checked(field, amount, json.currency());
    }
}
