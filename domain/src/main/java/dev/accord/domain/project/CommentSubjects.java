package dev.accord.domain.project;

import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.shared.InvalidInputException;
import java.util.Set;
import java.util.UUID;

/**
 * What a project's comments can be about: the project, its assessment, or one of its own changes, reassessments,
 * estimate versions, ROI case versions or comments (a reply). A subject the project does not have is refused as bad
 * input naming {@code subject.id}: the comment names something that is not there, the project itself is.
 */
record CommentSubjects(
        Set<UUID> changes, Set<UUID> reassessments, int estimateVersions, int roiCaseVersions, Set<UUID> comments) {

    /**
     * The subject as it is recorded: its id in canonical form ("0007" names estimate 7, and is recorded as "7"), so
     * that a recorded subject is always one of the project's own ids and fits wherever it is stored.
     */
    CommentSubject recorded(CommentSubject given) {
        CommentSubject subject = given == null ? CommentSubject.project() : given;
        if (subject.kind() == null) {
            throw new InvalidInputException("subject.kind", "Say what the comment is about");
        }
        if (subject.kind() == CommentSubject.Kind.PROJECT || subject.kind() == CommentSubject.Kind.ASSESSMENT) {
            return new CommentSubject(subject.kind(), null);
        }
        Object id = switch (subject.kind()) {
            case CHANGE -> present(changes.contains(uuid(subject.id())), uuid(subject.id()));
            case REASSESSMENT -> present(reassessments.contains(uuid(subject.id())), uuid(subject.id()));
            case ESTIMATE -> present(isVersion(subject.id(), estimateVersions), number(subject.id()));
            case ROI_CASE -> present(isVersion(subject.id(), roiCaseVersions), number(subject.id()));
            case COMMENT -> present(comments.contains(uuid(subject.id())), uuid(subject.id()));
            case PROJECT, ASSESSMENT -> throw new IllegalStateException("handled above");
        };
        if (id == null) {
            String named = subject.id() == null ? "" : " " + subject.id();
            throw new InvalidInputException(
                    "subject.id",
                    "Nothing to comment on: this project has no "
                            + subject.kind()
                                    .name()
                                    .toLowerCase()
                                    .replace('_', ' ')
                                    .replace("roi", "ROI")
                            + (named.length() > 80 ? "" : named));
        }
        return new CommentSubject(subject.kind(), id.toString());
    }

    private static Object present(boolean exists, Object id) {
        return exists ? id : null;
    }

    private static boolean isVersion(String id, int versions) {
        return number(id) >= 1 && number(id) <= versions;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException notAnId) {
            return null;
        }
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id);
        } catch (RuntimeException notANumber) {
            return -1;
        }
    }
}
