package dev.accord.app.timeline;

import static dev.accord.app.timeline.Subjects.ASSESSMENT;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.timeline.TimelineEntries.DiscussedStep;
import dev.accord.domain.project.api.*;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Writes every event of a project into timeline_entry as a readable sentence, keyed by the event's sequence
 * number in the project, so a replay rewrites the same rows.
 * <p>
 * The timeline reads like a conversation: a comment is threaded beneath the step it discusses. The thread is
 * settled here, once, as a sort key (thread_sequence: the discussed step's sequence for a comment, its own
 * for every other row), so the server can page "step, then its comments" along an index however long the
 * project's history; working it out per page in the browser would need the whole history there. A comment
 * only ever follows what it discusses and a project's events arrive in order, so the step is already written
 * when its comment arrives, on a replay as much as live.
 */
@Component
@ProcessingGroup(ProcessingGroups.TIMELINE)
class TimelineProjection {

    private final TimelineEntries entries;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    TimelineProjection(TimelineEntries entries, ReadModelWrites writes, LiveUpdates live) {
        this.entries = entries;
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.proposedBy(), TimelineSentences.of(e), null);
    }

    @EventHandler
    void on(ChangeRequested e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.requestedBy(),
                TimelineSentences.of(e),
                e.changeId(),
                Subjects.change(e.changeId()),
                Subjects.change(e.changeId()),
                null);
    }

    @EventHandler
    void on(ChangeRevised e, @SequenceNumber long seq, @Timestamp Instant at) {
        onChange(e.projectId(), seq, e, at, e.revisedBy(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(ApprovalsVoided e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.cause(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(ChangeApproved e, @SequenceNumber long seq, @Timestamp Instant at) {
        onChange(e.projectId(), seq, e, at, e.approvedBy(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(ChangeRejected e, @SequenceNumber long seq, @Timestamp Instant at) {
        onChange(e.projectId(), seq, e, at, e.rejectedBy(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(ChangeWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at) {
        onChange(e.projectId(), seq, e, at, e.withdrawnBy(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(ChangeTookEffect e, @SequenceNumber long seq, @Timestamp Instant at) {
        onChange(e.projectId(), seq, e, at, e.decidedBy(), TimelineSentences.of(e), e.changeId());
    }

    @EventHandler
    void on(EstimateSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.submittedBy(),
                TimelineSentences.of(e),
                null,
                Subjects.estimate(e.version()),
                Subjects.estimate(e.version()),
                null);
    }

    @EventHandler
    void on(RoiCaseRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.recordedBy(),
                TimelineSentences.of(e),
                null,
                Subjects.roiCase(e.version()),
                Subjects.roiCase(e.version()),
                null);
    }

    @EventHandler
    void on(AssessmentAnswered e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.answeredBy(), TimelineSentences.of(e), null, ASSESSMENT, ASSESSMENT, null);
    }

    @EventHandler
    void on(AssessmentCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.completedBy(), TimelineSentences.of(e), null, ASSESSMENT, ASSESSMENT, null);
    }

    @EventHandler
    void on(ActualsRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.recordedBy(), TimelineSentences.of(e), null);
    }

    @EventHandler
    void on(ReassessmentFellDue e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.raisedBy(),
                TimelineSentences.of(e),
                null,
                Subjects.reassessment(e.reassessmentId()),
                Subjects.reassessment(e.reassessmentId()),
                null);
    }

    @EventHandler
    void on(ReassessmentViewSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        String reassessment = Subjects.reassessment(e.reassessmentId());
        write(e.projectId(), seq, e, at, e.submittedBy(), TimelineSentences.of(e), null, null, reassessment, null);
    }

    @EventHandler
    void on(ReassessmentConcluded e, @SequenceNumber long seq, @Timestamp Instant at) {
        String reassessment = Subjects.reassessment(e.reassessmentId());
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.concludedBy(),
                TimelineSentences.of(e),
                e.followUpChangeId(),
                null,
                reassessment,
                null);
    }

    @EventHandler
    void on(CommentAdded e, @SequenceNumber long seq, @Timestamp Instant at) {
        CommentSubject subject = e.subject();
        Optional<DiscussedStep> discussed = discussedStep(e.projectId(), Subjects.discussedBy(subject), seq);
        String summary = subject.kind() == CommentSubject.Kind.COMMENT
                ? TimelineSentences.reply(
                        e, discussed.map(DiscussedStep::author).orElse(null))
                : TimelineSentences.of(e, about(subject));
        UUID changeId = subject.kind() == CommentSubject.Kind.CHANGE ? UUID.fromString(subject.id()) : null;
        String self = Subjects.comment(e.commentId());
        write(
                e.projectId(),
                seq,
                e,
                at,
                e.author(),
                summary,
                changeId,
                self,
                self,
                discussed.map(DiscussedStep::thread).orElse(null));
    }

    private static String about(CommentSubject subject) {
        return switch (subject.kind()) {
            case PROJECT -> "the project";
            case CHANGE -> "the change";
            case ESTIMATE -> "estimate version " + subject.id();
            case ROI_CASE -> "ROI case version " + subject.id();
            case ASSESSMENT -> "the assessment";
            case REASSESSMENT -> "the reassessment";
            case COMMENT -> "a comment";
        };
    }

    @EventHandler
    void on(ReviewPolicySet e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, e.setBy(), TimelineSentences.of(e), null);
    }

    // Recorded by Accord itself when a change has waited too long; shown with the change it concerns.
    @EventHandler
    void on(ApprovalReminded e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, Actor.SYSTEM, TimelineSentences.of(e, at), e.changeId());
    }

    @EventHandler
    void on(ApprovalEscalated e, @SequenceNumber long seq, @Timestamp Instant at) {
        write(e.projectId(), seq, e, at, Actor.SYSTEM, TimelineSentences.of(e, at), e.changeId());
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.TIMELINE);
    }

    /** The latest earlier step with this name, if there is one (and a name). */
    private Optional<DiscussedStep> discussedStep(UUID projectId, String subject, long commentSequence) {
        if (subject == null) {
            return Optional.empty();
        }
        return entries.latestStep(projectId, subject, commentSequence);
    }

    /** A step of a change after its request: a reply to it discusses the change, and is threaded beneath it. */
    private void onChange(
            UUID projectId, long sequence, Object event, Instant at, Actor actor, String summary, UUID changeId) {
        write(projectId, sequence, event, at, actor, summary, changeId, null, Subjects.change(changeId), null);
    }

    private void write(
            UUID projectId, long sequence, Object event, Instant at, Actor actor, String summary, UUID changeId) {
        write(projectId, sequence, event, at, actor, summary, changeId, null, null, null);
    }

    /**
     * @param subject      the name comments use for this step when they discuss it, if they can
     * @param replySubject the name of what a reply to this step discusses, if it can be replied to
     * @param repliesTo    for a comment, the thread of the step it discusses; null for a step of its own
     */
    private void write(
            UUID projectId,
            long sequence,
            Object event,
            Instant at,
            Actor actor,
            String summary,
            UUID changeId,
            String subject,
            String replySubject,
            Long repliesTo) {
        TimelineEntry entry = new TimelineEntry(
                sequence,
                event.getClass().getSimpleName(),
                at,
                actor,
                summary,
                changeId,
                repliesTo,
                Subjects.replyAs(replySubject));
        entries.add(projectId, entry, subject, replySubject);
        // Live timelines subscribe with a page query (their pages are then read lazily) and say who did what.
        live.changed(LiveQuery.TIMELINE, projectId, new ActivityNote(actor.userId(), summary));
    }
}
