package dev.accord.domain.ledger.api;

import dev.accord.domain.shared.LedgerCurrency;

/** How the ledger is set up: the one currency it keeps every figure in. */
public record LedgerSettings(LedgerCurrency currency) {}
