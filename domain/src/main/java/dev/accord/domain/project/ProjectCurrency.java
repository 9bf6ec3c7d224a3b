package dev.accord.domain.project;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;

/**
 * The currency a project's new figures are given in: the ledger's, which is also the one its proposal was recorded
 * in. A project proposed in another currency before the ledger held to one keeps its figures readable, but takes no
 * new ones: they would be added to what it holds as if the two currencies were one.
 *
 * @param recordedIn the currency of the project's proposal, in which its figures so far are kept
 */
record ProjectCurrency(LedgerCurrency ledger, String recordedIn) {

    /** The currency the project's new figures are given in. */
    static ProjectCurrency of(Project project, LedgerCurrency ledger) {
        return new ProjectCurrency(ledger, project.currency());
    }

    /** A positive ledger amount. */
    Money amount(String field, Money money) {
        Money checked = ledger.amount(field, money);
        checkRecordedIn(field);
        return checked;
    }

    /** A ledger amount that may also be zero (no spend this month, no recurring cost). */
    Money amountOrZero(String field, Money money) {
        Money checked = ledger.amountOrZero(field, money);
        checkRecordedIn(field);
        return checked;
    }

    /** An amount the project works out from its own figures, in the currency they are kept in. */
    Money of(BigDecimal amount) {
        return new Money(amount, recordedIn);
    }

    private void checkRecordedIn(String field) {
        if (!recordedIn.equals(ledger.code())) {
            throw new InvalidInputException(
                    field + ".currency",
                    "This project's figures were recorded in " + recordedIn + " before the ledger kept one currency ("
                            + ledger.code() + "); it takes no new figures");
        }
    }
}
