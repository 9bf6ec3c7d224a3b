package dev.accord.domain.integrity.api;

/**
 * One approval's event and the first checkpoint whose tree holds it.
 *
 * @param approverId the approver's user id, as in the approval
 * @param checkpoint null while no checkpoint covers the approval yet
 */
public record ApprovalCoverage(long sequence, String approverId, SignedCheckpoint checkpoint) {}
