package dev.accord.domain.notification.api;

/**
 * What a notification tells its reader. The names are stored (notifications, e-mail preferences), so renaming one
 * means moving those rows too.
 */
public enum NotificationKind {
    CHANGE_WAITING("A change waits for my side"),
    CHANGE_APPROVED("My change was approved"),
    CHANGE_REJECTED("My change was rejected"),
    CHANGE_TOOK_EFFECT("My change took effect"),
    APPROVAL_VOIDED("A change I approved was revised"),
    REASSESSMENT_DUE("A reassessment is due"),
    COMMENT_ON_CHANGE("A comment on my change"),
    REPLY("A reply to my estimate, ROI case, reassessment call or comment"),
    DELEGATION("Someone delegated their approvals to me"),
    REMINDER("Reminder: a change still waits for my side"),
    ESCALATION("Escalation: a change has waited too long for my side");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** How the kind reads in the settings: "A change waits for my side". */
    public String label() {
        return label;
    }
}
