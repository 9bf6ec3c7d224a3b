package dev.accord.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.accord.app.live.LiveUpdates;
import dev.accord.app.mail.MailNotices;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.domain.approval.Approval;
import dev.accord.domain.delegation.api.DelegationGranted;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The notifications' handlers called directly, with the writers recording what they are told: whom each event
 * concerns, and that a replay queues no e-mail.
 */
class NotificationsProjectionTest {

    static final UUID PROJECT = UUID.randomUUID();
    static final UUID CHANGE = UUID.randomUUID();
    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    static final Actor CARLA = new Actor("carla", "Carla Falk", Side.FINANCE, true);
    static final ChangeTerms TERMS = new ChangeTerms(Money.of("110000.00", "EUR"), null, null);
    static final Instant AT = Instant.parse("2026-11-30T10:15:30Z");
    static final ReplayStatus LIVE = ReplayStatus.REGULAR;

    final NotificationProjects projects = mock(NotificationProjects.class);
    final NotificationChanges changes = mock(NotificationChanges.class);
    final NotificationRows rows = mock(NotificationRows.class);
    final NotificationDiscussed discussed = mock(NotificationDiscussed.class);
    final MailNotices mail = mock(MailNotices.class);
    final NotificationsProjection projection = new NotificationsProjection(
            projects,
            changes,
            new NotificationReplies(discussed),
            rows,
            mock(ReadModelWrites.class),
            mail,
            mock(LiveUpdates.class));

    NotificationsProjectionTest() {
        when(projects.title(PROJECT)).thenReturn("ERP upgrade");
        when(changes.requester(CHANGE)).thenReturn(Optional.of("ida"));
    }

    @Test
    void aRequestedChangeWaitsForBothSidesButNotForItsRequester() {
        projection.on(new ChangeRequested(PROJECT, CHANGE, ChangeKind.BUDGET, TERMS, "Licences", IDA), "e1", AT, LIVE);

        verify(changes).add(CHANGE, PROJECT, "ida");
        assertThat(written())
                .extracting(NewNotification::audience)
                .containsExactly(Audience.membersOf(Side.FINANCE, "ida"), Audience.membersOf(Side.IT, "ida"));
        assertThat(written().get(0).text())
                .isEqualTo("ERP upgrade: Ida Berg (IT) requested the budget change; it waits for Finance's approval");
        verify(mail, times(2)).hold(any());
    }

    @Test
    void anApprovalTellsTheRequester() {
        projection.on(new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 1, TERMS, null, FAY), "e2", AT, LIVE);

        assertThat(written()).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.CHANGE_APPROVED);
            assertThat(notification.audience()).isEqualTo(Audience.person("ida"));
            assertThat(notification.changeId()).isEqualTo(CHANGE);
        });
    }

    @Test
    void aRevisionTellsTheApproverWhoseApprovalItVoided() {
        projection.on(
                new ChangeRevised(
                        PROJECT, CHANGE, ChangeKind.BUDGET, 2, TERMS, "Cheaper", List.of(new Approval(FAY, 1)), IDA),
                "e3",
                AT,
                LIVE);

        assertThat(written())
                .filteredOn(notification -> notification.kind() == NotificationKind.APPROVAL_VOIDED)
                .singleElement()
                .satisfies(notification -> assertThat(notification.audience()).isEqualTo(Audience.person("fay")));
        assertThat(written())
                .filteredOn(n -> n.kind() == NotificationKind.CHANGE_WAITING)
                .hasSize(2);
    }

    @Test
    void aCommentOnAChangeTellsItsRequesterUnlessTheyWroteIt() {
        CommentSubject change = new CommentSubject(CommentSubject.Kind.CHANGE, CHANGE.toString());
        projection.on(new CommentAdded(PROJECT, UUID.randomUUID(), change, "Why now?", FAY), "e4", AT, LIVE);
        projection.on(new CommentAdded(PROJECT, UUID.randomUUID(), change, "Because.", IDA), "e5", AT, LIVE);
        projection.on(
                new CommentAdded(PROJECT, UUID.randomUUID(), CommentSubject.project(), "Hello", FAY), "e6", AT, LIVE);

        assertThat(written()).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.COMMENT_ON_CHANGE);
            assertThat(notification.audience()).isEqualTo(Audience.person("ida"));
            assertThat(notification.text()).contains("Fay Lund (Finance) commented", "\u201cWhy now?\u201d");
        });
    }

    @Test
    void aReplyIsForWhoeverWroteWhatItAnswersUnlessTheyRepliedThemselves() {
        CommentSubject estimate = new CommentSubject(CommentSubject.Kind.ESTIMATE, "1");
        when(discussed.author(PROJECT, estimate)).thenReturn(Optional.of("ivo"));
        UUID question = UUID.randomUUID();
        projection.on(new CommentAdded(PROJECT, question, estimate, "Add a contingency?", FAY), "e8", AT, LIVE);
        projection.on(new CommentAdded(PROJECT, UUID.randomUUID(), estimate, "Done", IVO), "e9", AT, LIVE);

        assertThat(written()).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.REPLY);
            assertThat(notification.audience()).isEqualTo(Audience.person("ivo"));
            assertThat(notification.text())
                    .isEqualTo("ERP upgrade: Fay Lund (Finance) replied to you: \u201cAdd a contingency?\u201d");
        });
        verify(discussed)
                .add(PROJECT, new CommentSubject(CommentSubject.Kind.COMMENT, question.toString()), FAY.userId());
    }

    @Test
    void aReassessmentIsForBothSides() {
        projection.on(
                new ReassessmentFellDue(
                        PROJECT,
                        UUID.randomUUID(),
                        1,
                        ReassessmentTrigger.REVIEW_INTERVAL,
                        "Yearly review",
                        Actor.SYSTEM),
                "e7",
                AT,
                LIVE);

        assertThat(written())
                .extracting(NewNotification::audience)
                .containsExactly(Audience.membersOf(Side.FINANCE, null), Audience.membersOf(Side.IT, null));
    }

    @Test
    void aReminderIsForTheSidesMembersAndAnEscalationForItsLeads() {
        Instant since = Instant.parse("2026-11-20T09:00:00Z");
        projection.on(new ApprovalReminded(PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.FINANCE, since), "e8", AT, LIVE);
        projection.on(
                new ApprovalEscalated(PROJECT, CHANGE, ChangeKind.BUDGET, 1, Side.FINANCE, since), "e9", AT, LIVE);

        assertThat(written())
                .extracting(NewNotification::audience)
                .containsExactly(Audience.membersOf(Side.FINANCE, "ida"), Audience.leadsOf(Side.FINANCE, "ida"));
        assertThat(written().get(0).text()).contains("has waited for Finance since 2026-11-20");
    }

    @Test
    void aDelegationIsForTheDelegate() {
        projection.on(
                new DelegationGranted(
                        UUID.randomUUID(), CARLA, FAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14)),
                "e10",
                AT,
                LIVE);

        assertThat(written()).singleElement().satisfies(notification -> {
            assertThat(notification.audience()).isEqualTo(Audience.person("fay"));
            assertThat(notification.projectId()).isNull();
        });
    }

    @Test
    void aReplayShowsNotificationsButQueuesNoEmail() {
        projection.on(
                new ChangeRequested(PROJECT, CHANGE, ChangeKind.BUDGET, TERMS, "Licences", IDA),
                "e11",
                AT,
                ReplayStatus.REPLAY);

        assertThat(written()).hasSize(2);
        verify(mail, never()).hold(any());
    }

    @Test
    void handlingAnEventAgainGivesTheSameIds() {
        ChangeApproved approval = new ChangeApproved(PROJECT, CHANGE, ChangeKind.BUDGET, 1, TERMS, null, FAY);
        projection.on(approval, "e12", AT, LIVE);
        projection.on(approval, "e12", AT, LIVE);

        assertThat(written()).hasSize(2);
        assertThat(written().get(1).id()).isEqualTo(written().get(0).id());
    }

    private List<NewNotification> written() {
        ArgumentCaptor<NewNotification> captor = ArgumentCaptor.forClass(NewNotification.class);
        verify(rows, org.mockito.Mockito.atLeast(0)).add(captor.capture());
        return captor.getAllValues();
    }
}
