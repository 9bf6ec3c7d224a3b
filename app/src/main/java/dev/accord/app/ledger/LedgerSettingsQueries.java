package dev.accord.app.ledger;

import dev.accord.domain.ledger.api.FindLedgerSettings;
import dev.accord.domain.ledger.api.LedgerSettings;
import dev.accord.domain.shared.LedgerCurrency;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** How the ledger is set up, for the forms (which offer its currency) and the API. */
@Component
class LedgerSettingsQueries {

    private final LedgerCurrency currency;

    LedgerSettingsQueries(LedgerCurrency currency) {
        this.currency = currency;
    }

    @QueryHandler
    LedgerSettings handle(FindLedgerSettings query) {
        return new LedgerSettings(currency);
    }
}
