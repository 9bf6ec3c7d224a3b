package dev.accord.domain.project;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.shared.Actor;

/** One change of a project: what it asks for, in which version, and where its joint approval stands. */
final class ChangeRequest {

    private final ChangeKind kind;
    private final JointApproval approval;
    private ChangeTerms terms;

    ChangeRequest(ChangeKind kind, ChangeTerms terms, Actor requestedBy) {
        this.kind = kind;
        this.terms = terms;
        this.approval = new JointApproval(requestedBy);
    }

    ChangeKind kind() {
        return kind;
    }

    ChangeTerms terms() {
        return terms;
    }

    JointApproval approval() {
        return approval;
    }

    void revised(int version, ChangeTerms newTerms) {
        approval.revisedTo(version);
        terms = newTerms;
    }

    boolean isOpen() {
        return !approval.isDecided();
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeRequest that
                && java.util.Objects.equals(kind, that.kind)
                && java.util.Objects.equals(approval, that.approval)
                && java.util.Objects.equals(terms, that.terms);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, approval, terms);
    }
}
