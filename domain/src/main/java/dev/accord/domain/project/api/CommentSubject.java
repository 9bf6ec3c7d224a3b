package dev.accord.domain.project.api;

/**
 * What a comment discusses: the project itself, or one change, estimate, ROI case or reassessment of it,
 * named by its id (a change or reassessment id, or an estimate or ROI case version).
 */
public record CommentSubject(Kind kind, String id) {

    public enum Kind {
        PROJECT,
        CHANGE,
        ESTIMATE,
        ROI_CASE,
        ASSESSMENT,
        REASSESSMENT
    }

    public static CommentSubject project() {
        return new CommentSubject(Kind.PROJECT, null);
    }
}
