package dev.accord.app.notifications;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The sentence each notification reads as, the project's title first: "ERP upgrade: fay (Finance) approved the
 * budget change you requested". The same sentence is the e-mail's subject.
 */
final class NotificationTexts {

    /** A comment is quoted only so far: the notification points to it, the project page shows all of it. */
    static final int QUOTE_LENGTH = 120;

    private NotificationTexts() {}

    static String waiting(String title, Actor requestedBy, ChangeKind kind, int version, Side side) {
        String what = version == 1
                ? " requested " + kind.phrase()
                : " revised " + kind.phrase() + " (version " + version + ")";
        return title + ": " + requestedBy + what + "; it waits for " + side.label() + "'s approval";
    }

    static String approved(String title, Actor approvedBy, ChangeKind kind) {
        return title + ": " + approvedBy + " approved " + kind.phrase() + " you requested";
    }

    static String rejected(String title, Actor rejectedBy, ChangeKind kind, String reason) {
        return title + ": " + rejectedBy + " rejected " + kind.phrase() + " you requested: \u201c" + quote(reason)
                + "\u201d";
    }

    static String tookEffect(String title, ChangeKind kind) {
        return title + ": " + capitalised(kind.phrase()) + " you requested took effect";
    }

    static String approvalVoided(String title, Actor revisedBy, ChangeKind kind, int version) {
        return title + ": " + revisedBy + " revised " + kind.phrase() + " you approved (now version " + version
                + "); your approval no longer counts";
    }

    static String approvalVoided(String title, ChangeKind kind, int version, String reason) {
        return title + ": your approval of " + kind.phrase() + " (version " + version + ") no longer counts: " + reason
                + "; look at the new figures and approve again";
    }

    static String reassessmentDue(String title, String reason) {
        return title + ": a reassessment is due"
                + (reason == null || reason.isBlank() ? "" : ": \u201c" + quote(reason) + "\u201d");
    }

    static String comment(String title, Actor author, String text) {
        return title + ": " + author + " commented on your change: \u201c" + quote(text) + "\u201d";
    }

    static String reply(String title, Actor author, String text) {
        return title + ": " + author + " replied to you: \u201c" + quote(text) + "\u201d";
    }

    static String delegation(Actor delegator, LocalDate from, LocalDate until) {
        return delegator + " handed you their approvals from " + from + " to " + until;
    }

    static String reminder(String title, ChangeKind kind, Side side, Instant waitingSince) {
        return "Reminder \u2013 " + title + ": " + kind.phrase() + " has waited for " + side.label() + " since "
                + day(waitingSince);
    }

    static String escalation(String title, ChangeKind kind, Side side, Instant waitingSince) {
        return "Escalation \u2013 " + title + ": " + kind.phrase() + " has waited for " + side.label() + " since "
                + day(waitingSince) + "; as " + side.label() + "'s lead, please see to it";
    }

    private static String day(Instant at) {
        return at == null ? "a while" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH - 1) + "\u2026";
    }

    private static String capitalised(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
