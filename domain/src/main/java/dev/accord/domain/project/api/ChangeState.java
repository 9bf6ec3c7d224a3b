package dev.accord.domain.project.api;

/**
 * Where a change stands. APPROVED means approved by both sides and taken effect; the read models store the name.
 */
public enum ChangeState {
    OPEN,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == OPEN;
    }
}
