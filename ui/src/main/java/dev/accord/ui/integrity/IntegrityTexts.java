package dev.accord.ui.integrity;

import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.integrity.api.SignedCheckpoint;
import dev.accord.ui.base.Formats;
import java.util.Locale;

/** The integrity of the history in words, the same in the badge, its dialog, the proofs and the decision context. */
final class IntegrityTexts {

    static final String NOT_PROTECTED = "History not protected from the application's database role: the role Accord"
            + " runs as could rewrite the event table, so only the signed checkpoints kept elsewhere protect it.";

    private IntegrityTexts() {}

    static String headline(IntegrityStatus status, Locale locale) {
        return switch (status.state()) {
            case VERIFIED -> verified(status, locale);
            case RUNNING -> "Verifying\u2026 " + status.verifiedEvents() + " events";
            case FAILED -> tampering(status.firstFailure());
        };
    }

    private static String verified(IntegrityStatus status, Locale locale) {
        if (status.verifiedEvents() == 0) {
            return "Verified: no events yet";
        }
        String events = status.verifiedEvents() == 1 ? "event 1" : "events 1\u2013" + status.verifiedEvents();
        return status.checkpoint() == null
                ? "Verified: " + events + ", no checkpoint signed yet"
                : "Verified: " + events + " at checkpoint "
                        + Formats.instant(status.checkpoint().signedAt(), locale);
    }

    private static String tampering(IntegrityStatus.Failure failure) {
        if (failure == null) {
            return "Tampering found";
        }
        if (failure.reason() == IntegrityStatus.Reason.UNREADABLE) {
            return "History cannot be verified";
        }
        String where = failure.globalIndex() == null ? "" : " at event " + failure.globalIndex();
        String what = failure.aggregateId() == null
                ? reason(failure.reason())
                : failure.aggregateId() + (failure.sequence() == null ? "" : " step " + failure.sequence()) + ", "
                        + reason(failure.reason());
        return "Tampering found" + where + " (" + what + ")";
    }

    static String failure(IntegrityStatus.Failure failure) {
        return tampering(failure) + (failure.detail() == null ? "" : ": " + failure.detail());
    }

    static String reason(IntegrityStatus.Reason reason) {
        return switch (reason) {
            case CHANGED -> "changed";
            case MISSING -> "missing";
            case INSERTED -> "inserted";
            case UNREADABLE -> "unreadable";
        };
    }

    /** "checkpoint 12 of 3 Dec 2026, 10:15", as people name a checkpoint. */
    static String checkpoint(SignedCheckpoint checkpoint, Locale locale) {
        return "checkpoint " + checkpoint.number() + " of " + Formats.instant(checkpoint.signedAt(), locale);
    }
}
