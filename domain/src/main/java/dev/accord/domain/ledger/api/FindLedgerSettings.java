package dev.accord.domain.ledger.api;

/** How the ledger is set up (its currency), for the forms that offer it: answered with {@link LedgerSettings}. */
public record FindLedgerSettings() {}
