package dev.accord.domain.people.api;

/** What a person may do beyond reading. */
public enum Role {
    /** Acts for their side: proposes, estimates, approves. */
    MEMBER,
    /** Reads the whole ledger, acts on nothing (executives, auditors). */
    VIEWER,
    /** Manages people; acts for a side too when given one. */
    ADMIN
}
