package dev.accord.domain.integrity.api;

import java.util.UUID;

/**
 * Which checkpoint first covers each approval of a change given up to a step: answered with a list of
 * ApprovalCoverage in the order the approvals were given.
 */
public record FindApprovalCoverage(UUID projectId, UUID changeId, long upToSequence) {}
