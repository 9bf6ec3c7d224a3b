package dev.accord.domain.integrity.api;

/** How far the ledger's history has been verified against its signed checkpoints: answered with IntegrityStatus. */
public record FindIntegrityStatus() {}
