package dev.accord.app.user;

/** What a user may do beyond reading. */
public enum Role {
    /** Acts for their side: proposes, estimates, approves. */
    MEMBER,
    /** Reads the whole ledger, acts on nothing (executives, auditors). */
    VIEWER,
    /** Manages users; acts for a side too when given one. */
    ADMIN
}
