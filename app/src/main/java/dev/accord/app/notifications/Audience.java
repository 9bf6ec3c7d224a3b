package dev.accord.app.notifications;

import dev.accord.domain.shared.Side;

/**
 * Whom a notification is for: one person, or the members of a side (only its leads, for an escalation), never the
 * person left out (the requester of the change). Who belongs to a side is read from the accounts when the
 * notifications are read or an e-mail is queued, so a notification needs no list of people: the projection stays a
 * function of the events, and a rebuild gives the same rows.
 */
public record Audience(String user, Side side, boolean leadsOnly, String except) {

    static Audience person(String userId) {
        return new Audience(userId, null, false, null);
    }

    static Audience membersOf(Side side, String except) {
        return new Audience(null, side, false, except);
    }

    static Audience leadsOf(Side side, String except) {
        return new Audience(null, side, true, except);
    }

    /** Stable within one event: one notification per audience, whose id follows from the event's and this key. */
    String key() {
        return user != null ? "user:" + user : (leadsOnly ? "leads:" : "side:") + side.name();
    }

    /**
     * The condition on a notification row {@code n} that a person is in its audience, given SQL expressions for the
     * person's user name, side, whether they are a member (not a viewer or administrator) and whether they lead
     * their side. The one definition, used by the notification centre and by the e-mail queue alike.
     */
    public static String includes(String username, String side, String member, String lead) {
        return "((n.audience_user = " + username + " OR (n.audience_side = " + side + " AND " + member
                + " AND (NOT n.leads_only OR " + lead + "))) AND (n.except_user IS NULL OR n.except_user <> "
                + username + "))";
    }
}
