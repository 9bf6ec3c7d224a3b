package dev.accord.domain.integrity.api;

/**
 * @param verifierKey    the C2SP verifier key checkpoints are signed with
 * @param checkpointNote the latest checkpoint as a signed note, or null before the first is signed
 */
public record AuditorsKey(String verifierKey, String checkpointNote) {}
