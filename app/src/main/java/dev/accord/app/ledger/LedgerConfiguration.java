package dev.accord.app.ledger;

import dev.accord.domain.shared.LedgerCurrency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's one currency, {@code accord.currency}: the aggregates' handlers take it as a parameter (Axon resolves
 * it as a Spring bean) and hold every amount a command brings to it.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerCurrency ledgerCurrency(@Value("${accord.currency}") String code) {
        return LedgerCurrencyUnusableException.currencyOf(code);
    }
}
