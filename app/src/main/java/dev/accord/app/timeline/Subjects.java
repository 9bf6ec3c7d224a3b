package dev.accord.app.timeline;

import dev.accord.domain.project.api.CommentSubject;
import java.util.UUID;

/**
 * The names comments use for the steps they discuss, as kept in timeline_entry.subject: a step that can be
 * discussed is written with its name, and a comment is threaded beneath the latest earlier step of that name (a
 * comment is such a step too: a reply joins the thread of the comment it answers). Every step a reply may answer
 * keeps, in timeline_entry.reply_subject, the name a reply to it discusses: the thread it belongs to (a change's
 * approval replies on the change, a reassessment's view on the reassessment).
 */
final class Subjects {

    /** Every answer and completion of the four questions; a comment joins the latest of them. */
    static final String ASSESSMENT = "ASSESSMENT";

    private Subjects() {}

    static String change(UUID changeId) {
        return "CHANGE:" + changeId;
    }

    static String estimate(int version) {
        return "ESTIMATE:" + version;
    }

    static String roiCase(int version) {
        return "ROI_CASE:" + version;
    }

    static String reassessment(UUID reassessmentId) {
        return "REASSESSMENT:" + reassessmentId;
    }

    static String comment(UUID commentId) {
        return "COMMENT:" + commentId;
    }

    /** The subject a reply sends for a step's reply name, or null for a step nothing can reply to. */
    static CommentSubject replyAs(String name) {
        if (name == null) {
            return null;
        }
        int colon = name.indexOf(':');
        return colon < 0
                ? new CommentSubject(CommentSubject.Kind.valueOf(name), null)
                : new CommentSubject(CommentSubject.Kind.valueOf(name.substring(0, colon)), name.substring(colon + 1));
    }

    /**
     * The step a comment discusses, or null when it stands on its own: a comment on the project, or one whose
     * subject this projection cannot read (it then stays in time order rather than stop the projection).
     */
    static String discussedBy(CommentSubject subject) {
        try {
            return switch (subject.kind()) {
                case PROJECT -> null;
                case CHANGE -> change(UUID.fromString(subject.id()));
                case ESTIMATE -> estimate(Integer.parseInt(subject.id()));
                case ROI_CASE -> roiCase(Integer.parseInt(subject.id()));
                case ASSESSMENT -> ASSESSMENT;
                case REASSESSMENT -> reassessment(UUID.fromString(subject.id()));
                case COMMENT -> comment(UUID.fromString(subject.id()));
            };
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
