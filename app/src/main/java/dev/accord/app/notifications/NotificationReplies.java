package dev.accord.app.notifications;

import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The conversation for the notifications projection: a comment on a change is for the change's requester, and a
 * reply to an estimate, an ROI case, a called reassessment or a comment is for whoever wrote it (kept here as each
 * is recorded); neither is for the person who wrote the comment.
 */
@Component
class NotificationReplies {

    private final NotificationDiscussed discussed;

    NotificationReplies(NotificationDiscussed discussed) {
        this.discussed = discussed;
    }

    /** Someone wrote a step a reply may answer; a step Accord raised itself (no one) is not kept. */
    void authored(UUID projectId, CommentSubject.Kind kind, Object id, String authorId) {
        if (authorId != null) {
            discussed.add(projectId, new CommentSubject(kind, id.toString()), authorId);
        }
    }

    /** Keeps the comment (a reply may answer it in turn) and says whom it concerns, if anyone. */
    Optional<NewNotification> concerned(
            CommentAdded e, String eventId, Instant at, String title, Function<UUID, Optional<String>> requesterOf) {
        String author = e.author().userId();
        authored(e.projectId(), CommentSubject.Kind.COMMENT, e.commentId(), author);
        CommentSubject subject = e.subject();
        if (subject == null) {
            return Optional.empty();
        }
        return switch (subject.kind()) {
            case PROJECT, ASSESSMENT -> Optional.empty();
            case CHANGE ->
                changeId(subject.id())
                        .flatMap(changeId -> requesterOf
                                .apply(changeId)
                                .filter(requester -> !requester.equals(author))
                                .map(requester -> NewNotification.of(
                                        eventId,
                                        NotificationKind.COMMENT_ON_CHANGE,
                                        NotificationTexts.comment(title, e.author(), e.text()),
                                        e.projectId(),
                                        changeId,
                                        at,
                                        Audience.person(requester))));
            case ESTIMATE, ROI_CASE, REASSESSMENT, COMMENT ->
                discussed
                        .author(e.projectId(), subject)
                        .filter(repliedTo -> !repliedTo.equals(author))
                        .map(repliedTo -> NewNotification.of(
                                eventId,
                                NotificationKind.REPLY,
                                NotificationTexts.reply(title, e.author(), e.text()),
                                e.projectId(),
                                null,
                                at,
                                Audience.person(repliedTo)));
        };
    }

    private static Optional<UUID> changeId(String id) {
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException notAChange) {
            return Optional.empty();
        }
    }
}
