package dev.accord.app.history;

import dev.accord.app.detail.DetailInMemory;
import dev.accord.app.detail.ProjectDetailFold;
import dev.accord.domain.history.api.CommentEntry;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.ProjectDetail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds one project's events, oldest first, into the project as its page shows it, and the conversation held so far.
 * The detail is folded by {@link ProjectDetailFold}, the fold the live read model writes to its tables, into rows
 * kept in memory, so any prefix of the history can be looked at without touching today's tables and gives what the
 * read model would have shown then.
 */
final class ProjectFold {

    private final DetailInMemory detail = new DetailInMemory();
    private final List<CommentEntry> comments = new ArrayList<>();
    private long lastSequence = -1;
    private Instant lastRecordedAt;
    private Object lastEvent;

    void apply(DomainEventMessage<?> message) {
        lastSequence = message.getSequenceNumber();
        lastRecordedAt = message.getTimestamp();
        lastEvent = message.getPayload();
        ProjectDetailFold.fold(lastEvent, lastRecordedAt, detail);
        if (lastEvent instanceof CommentAdded e) {
            comments.add(new CommentEntry(lastSequence, e.subject(), e.text(), e.author(), lastRecordedAt));
        }
    }

    /** Whether the project had been proposed by the last event folded in. */
    boolean exists() {
        return detail.exists();
    }

    long lastSequence() {
        return lastSequence;
    }

    Instant lastRecordedAt() {
        return lastRecordedAt;
    }

    /** The project just after the last event folded in, kept while the fold goes on. */
    record Step(long sequence, Instant recordedAt, Object event, ProjectDetail project, List<CommentEntry> comments) {}

    Step step() {
        return new Step(lastSequence, lastRecordedAt, lastEvent, project(), comments());
    }

    List<CommentEntry> comments() {
        return List.copyOf(comments);
    }

    ProjectDetail project() {
        return detail.detail();
    }
}
