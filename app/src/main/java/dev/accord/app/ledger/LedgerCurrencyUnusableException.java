package dev.accord.app.ledger;

import dev.accord.domain.shared.LedgerCurrency;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code accord.currency} is no ISO 4217 code. Accord does not start on it rather than refuse every amount, or keep
 * figures in a currency nobody can name.
 */
public class LedgerCurrencyUnusableException extends RuntimeException {

    private LedgerCurrencyUnusableException(String message, Throwable cause) {
        super(message, cause);
    }

    static LedgerCurrency currencyOf(String code) {
        try {
            return new LedgerCurrency(code);
        } catch (IllegalArgumentException e) {
            throw new LedgerCurrencyUnusableException(
                    "The ledger's currency accord.currency (" + code + ") is unusable: " + e.getMessage(), e);
        }
    }

    /** Says so at start in plain words instead of a bean creation stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<LedgerCurrencyUnusableException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, LedgerCurrencyUnusableException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + ".",
                    "Set ACCORD_CURRENCY (or accord.currency) to the upper-case ISO 4217 code the ledger keeps its "
                            + "figures in, e.g. EUR. Keep the one the ledger was started with: figures already "
                            + "recorded stay in their currency.",
                    cause);
        }
    }
}
