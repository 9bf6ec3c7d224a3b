package dev.accord.domain.project;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;

/** The one currency a project's figures are kept in, and the check every amount given to the project passes. */
record LedgerCurrency(String code) {

    /** A positive ledger amount. */
    Money amount(String field, Money money) {
        if (money == null) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        Money checked = Money.checked(field, money.amount(), money.currency());
        check(field, checked.currency());
        return checked;
    }

    /** A ledger amount that may also be zero (no spend this month, no recurring cost). */
    Money amountOrZero(String field, Money money) {
        if (money != null && money.amount() != null && money.amount().signum() == 0) {
            check(field, money.currency());
            return new Money(BigDecimal.ZERO.setScale(2), code);
        }
        return amount(field, money);
    }

    Money of(BigDecimal amount) {
        return new Money(amount, code);
    }

    private void check(String field, String given) {
        Money.currencyProblem(given).ifPresent(problem -> {
            throw new InvalidInputException(field + ".currency", problem);
        });
        if (!given.equals(code)) {
            throw new InvalidInputException(field + ".currency", "This project's figures are kept in " + code);
        }
    }
}
