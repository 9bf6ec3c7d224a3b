package dev.accord.domain.project.api;

/**
 * What a comment discusses: the project itself, its assessment, or one change, estimate, ROI case or reassessment of
 * it, or another of its comments (a reply), named by its id (a change, reassessment or comment id, or an estimate or
 * ROI case version). Comments recorded before replies existed name no comment, and read as they did.
 */
public record CommentSubject(Kind kind, String id) {

    public enum Kind {
        PROJECT,
        CHANGE,
        ESTIMATE,
        ROI_CASE,
        ASSESSMENT,
        REASSESSMENT,
        COMMENT
    }

    public static CommentSubject project() {
        return new CommentSubject(Kind.PROJECT, null);
    }
}
