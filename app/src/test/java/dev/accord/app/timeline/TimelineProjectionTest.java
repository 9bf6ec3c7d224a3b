package dev.accord.app.timeline;

import static dev.accord.app.timeline.TimelineSentencesTest.CHANGE;
import static dev.accord.app.timeline.TimelineSentencesTest.FAY;
import static dev.accord.app.timeline.TimelineSentencesTest.IDA;
import static dev.accord.app.timeline.TimelineSentencesTest.PROJECT;
import static dev.accord.app.timeline.TimelineSentencesTest.TO_110K;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.timeline.TimelineEntries.DiscussedStep;
import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The timeline projection's handlers called directly, with its writer recording what it is told: which step a
 * comment is threaded beneath, and what open timelines hear.
 */
class TimelineProjectionTest {

    static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    final TimelineEntries entries = mock(TimelineEntries.class);
    final LiveUpdates live = mock(LiveUpdates.class);
    final TimelineProjection projection = new TimelineProjection(entries, mock(ReadModelWrites.class), live);

    @Test
    void aChangeRequestIsWrittenUnderTheNameCommentsUseForIt() {
        projection.on(new ChangeRequested(PROJECT, CHANGE, ChangeKind.BUDGET, TO_110K, "More licences", IDA), 4, AT);

        TimelineEntry entry = written(Subjects.change(CHANGE));
        assertThat(entry.sequence()).isEqualTo(4);
        assertThat(entry.type()).isEqualTo("ChangeRequested");
        assertThat(entry.changeId()).isEqualTo(CHANGE);
        assertThat(entry.repliesTo()).as("a step of its own").isNull();
        assertThat(entry.replyAs()).isEqualTo(new CommentSubject(CommentSubject.Kind.CHANGE, CHANGE.toString()));
        assertThat(entry.summary()).startsWith("Ida Berg (IT) requested the budget change");
    }

    @Test
    void aCommentOnAChangeIsThreadedBeneathTheLatestStepOfThatChange() {
        when(entries.latestStep(PROJECT, Subjects.change(CHANGE), 9)).thenReturn(Optional.of(step(7L)));

        projection.on(comment(new CommentSubject(CommentSubject.Kind.CHANGE, CHANGE.toString())), 9, AT);

        TimelineEntry entry = writtenComment();
        assertThat(entry.repliesTo()).isEqualTo(7L);
        assertThat(entry.changeId()).isEqualTo(CHANGE);
        assertThat(entry.summary()).isEqualTo("Fay Lund (Finance) commented on the change: \u201cWhy now?\u201d");
    }

    @Test
    void aCommentWhoseStepIsNotThereStaysInTimeOrder() {
        when(entries.latestStep(any(), anyString(), anyLong())).thenReturn(Optional.empty());

        projection.on(comment(new CommentSubject(CommentSubject.Kind.ESTIMATE, "3")), 9, AT);

        assertThat(writtenComment().repliesTo()).isNull();
    }

    @Test
    void aCommentOnTheProjectOrOnASubjectItCannotReadStandsOnItsOwn() {
        projection.on(comment(CommentSubject.project()), 9, AT);
        projection.on(comment(new CommentSubject(CommentSubject.Kind.ESTIMATE, "not a version")), 10, AT);

        verify(entries, never()).latestStep(any(), any(), anyLong());
    }

    @Test
    void openTimelinesOfTheProjectHearOfEachStepAndWhoTookIt() {
        projection.on(comment(CommentSubject.project()), 9, AT);

        TimelineEntry entry = writtenComment();
        verify(live).changed(LiveQuery.TIMELINE, PROJECT, new ActivityNote(FAY.userId(), entry.summary()));
    }

    @Test
    void aReminderIsWrittenAsAccordsOwnStepOnTheChange() {
        projection.on(
                new ApprovalReminded(PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.IT, AT.minus(Duration.ofDays(2))),
                12,
                AT);

        TimelineEntry entry = written(null);
        assertThat(entry.type()).isEqualTo("ApprovalReminded");
        assertThat(entry.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(entry.changeId()).isEqualTo(CHANGE);
        assertThat(entry.summary())
                .isEqualTo("Reminded IT of the budget change, which has waited 2 days for its approval");
    }

    @Test
    void anEscalationIsWrittenAsAccordsOwnStepOnTheChange() {
        projection.on(
                new ApprovalEscalated(
                        PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.FINANCE, AT.minus(Duration.ofDays(5))),
                13,
                AT);

        TimelineEntry entry = written(null);
        assertThat(entry.type()).isEqualTo("ApprovalEscalated");
        assertThat(entry.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(entry.summary()).isEqualTo("Escalated the budget change to the Finance lead after 5 days");
    }

    @Test
    void aReplyToACommentJoinsThatCommentsThreadAndNamesWhomItAnswers() {
        UUID question = UUID.randomUUID();
        when(entries.latestStep(PROJECT, Subjects.comment(question), 12))
                .thenReturn(Optional.of(new DiscussedStep(5L, "Finn Berg")));
        CommentAdded reply = new CommentAdded(
                PROJECT,
                UUID.randomUUID(),
                new CommentSubject(CommentSubject.Kind.COMMENT, question.toString()),
                "Ten per cent is in the high figure",
                FAY);

        projection.on(reply, 12, AT);

        TimelineEntry entry = written(Subjects.comment(reply.commentId()));
        assertThat(entry.repliesTo())
                .as("the thread the answered comment is in")
                .isEqualTo(5L);
        assertThat(entry.summary())
                .isEqualTo("Fay Lund (Finance) replied to Finn Berg: \u201cTen per cent is in the high figure\u201d");
        assertThat(entry.replyAs())
                .as("a reply can be answered in turn")
                .isEqualTo(new CommentSubject(
                        CommentSubject.Kind.COMMENT, reply.commentId().toString()));
    }

    @Test
    void aReminderCannotBeRepliedTo() {
        projection.on(
                new ApprovalReminded(PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.IT, AT.minus(Duration.ofDays(2))),
                12,
                AT);

        assertThat(written(null).replyAs()).isNull();
    }

    private TimelineEntry written(String subject) {
        ArgumentCaptor<TimelineEntry> entry = ArgumentCaptor.forClass(TimelineEntry.class);
        verify(entries).add(eq(PROJECT), entry.capture(), eq(subject), any());
        return entry.getValue();
    }

    /** A comment is written under its own name, so that replies to it can find it. */
    private TimelineEntry writtenComment() {
        ArgumentCaptor<TimelineEntry> entry = ArgumentCaptor.forClass(TimelineEntry.class);
        verify(entries).add(eq(PROJECT), entry.capture(), startsWith("COMMENT:"), startsWith("COMMENT:"));
        return entry.getValue();
    }

    private static DiscussedStep step(long thread) {
        return new DiscussedStep(thread, "Ida Berg");
    }

    private static CommentAdded comment(CommentSubject subject) {
        return new CommentAdded(PROJECT, UUID.randomUUID(), subject, "Why now?", FAY);
    }
}
