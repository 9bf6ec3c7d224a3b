package dev.accord.domain.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one currency the ledger keeps its figures in (configured by the application, {@code accord.currency}). A
 * portfolio adds up its projects' budgets and a project its months of spend, so a figure in another currency would
 * be added as if it were this one: every amount a command brings is held to it before anything is recorded. The
 * aggregates' handlers take it as a parameter, as the application registers it.
 */
public record LedgerCurrency(String code) {

    public LedgerCurrency {
        Optional<String> problem = Money.currencyProblem(code);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("The ledger's currency: " + problem.get());
        }
    }

    /** A positive amount in the ledger's currency, refused naming {@code field.amount} or {@code field.currency}. */
    public Money amount(String field, Money money) {
        if (money == null) {
            throw new InvalidInputException(field + ".amount", "Amount is required");
        }
        Money checked = Money.checked(field, money.amount(), money.currency());
        check(field, checked.currency());
        return checked;
    }

    /** An amount in the ledger's currency that may also be zero (no spend this month, no recurring cost). */
    public Money amountOrZero(String field, Money money) {
        if (money != null && money.amount() != null && money.amount().signum() == 0) {
            check(field, money.currency());
            return new Money(BigDecimal.ZERO.setScale(2), code);
        }
        return amount(field, money);
    }

    /** What is wrong with a currency given for a ledger amount, if anything: the forms say it beside the field. */
    public Optional<String> currencyProblem(String currency) {
        return Money.currencyProblem(currency)
                .or(() -> currency.equals(code)
                        ? Optional.empty()
                        : Optional.of("The ledger keeps its figures in " + code + ", not " + currency));
    }

    private void check(String field, String currency) {
        currencyProblem(currency).ifPresent(problem -> {
            throw new InvalidInputException(field + ".currency", problem);
        });
    }
}
