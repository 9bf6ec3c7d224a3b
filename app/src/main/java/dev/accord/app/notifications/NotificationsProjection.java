package dev.accord.app.notifications;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.mail.MailNotices;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.domain.delegation.api.DelegationGranted;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Keeps the notifications: for each event that concerns someone, a sentence naming the project, addressed to an
 * {@link Audience} (the requester, an approver, a delegate, or a side's members or leads). A new notification also
 * has its e-mails queued as this projection's transaction commits ({@link MailNotices}); never in a replay.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class NotificationsProjection {

    private final NotificationProjects projects;
    private final NotificationChanges changes;
    private final NotificationReplies replies;
    private final NotificationRows notifications;
    private final ReadModelWrites writes;
    private final MailNotices mail;
    private final LiveUpdates live;

    NotificationsProjection(
            NotificationProjects projects,
            NotificationChanges changes,
            NotificationReplies replies,
            NotificationRows notifications,
            ReadModelWrites writes,
            MailNotices mail,
            LiveUpdates live) {
        this.projects = projects;
        this.changes = changes;
        this.replies = replies;
        this.notifications = notifications;
        this.writes = writes;
        this.mail = mail;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed event) {
        projects.add(event.projectId(), event.title());
    }

    /** The change waits for both sides; neither side's notice goes to the requester. */
    @EventHandler
    void on(ChangeRequested e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        changes.add(e.changeId(), e.projectId(), e.requestedBy().userId());
        String title = projects.title(e.projectId());
        for (Side side : Side.values()) {
            tell(
                    NewNotification.of(
                            eventId,
                            NotificationKind.CHANGE_WAITING,
                            NotificationTexts.waiting(title, e.requestedBy(), e.kind(), 1, side),
                            e.projectId(),
                            e.changeId(),
                            at,
                            Audience.membersOf(side, e.requestedBy().userId())),
                    replay);
        }
    }

    /** A revision waits for both sides again, and tells each approver whose approval it voided. */
    @EventHandler
    void on(ChangeRevised e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        String title = projects.title(e.projectId());
        for (Side side : Side.values()) {
            tell(
                    NewNotification.of(
                            eventId,
                            NotificationKind.CHANGE_WAITING,
                            NotificationTexts.waiting(title, e.revisedBy(), e.kind(), e.version(), side),
                            e.projectId(),
                            e.changeId(),
                            at,
                            Audience.membersOf(side, e.revisedBy().userId())),
                    replay);
        }
        String voided = NotificationTexts.approvalVoided(title, e.revisedBy(), e.kind(), e.version());
        VoidedApprovalNotices.of(e.voidedApprovals(), voided, eventId, e.projectId(), e.changeId(), at)
                .forEach(notice -> tell(notice, replay));
    }

    /** New figures voided approvals: each approver whose approval no longer counts is told why. */
    @EventHandler
    void on(ApprovalsVoided e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        String text =
                NotificationTexts.approvalVoided(projects.title(e.projectId()), e.kind(), e.version(), e.reason());
        VoidedApprovalNotices.of(e.voidedApprovals(), text, eventId, e.projectId(), e.changeId(), at)
                .forEach(notice -> tell(notice, replay));
    }

    @EventHandler
    void on(ChangeApproved e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        toRequester(
                eventId,
                NotificationKind.CHANGE_APPROVED,
                NotificationTexts.approved(projects.title(e.projectId()), e.approvedBy(), e.kind()),
                e.projectId(),
                e.changeId(),
                at,
                replay);
    }

    @EventHandler
    void on(ChangeRejected e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        toRequester(
                eventId,
                NotificationKind.CHANGE_REJECTED,
                NotificationTexts.rejected(projects.title(e.projectId()), e.rejectedBy(), e.kind(), e.reason()),
                e.projectId(),
                e.changeId(),
                at,
                replay);
    }

    @EventHandler
    void on(ChangeTookEffect e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        toRequester(
                eventId,
                NotificationKind.CHANGE_TOOK_EFFECT,
                NotificationTexts.tookEffect(projects.title(e.projectId()), e.kind()),
                e.projectId(),
                e.changeId(),
                at,
                replay);
    }

    /** Both sides review the project; whoever called for the reassessment knows already. */
    @EventHandler
    void on(ReassessmentFellDue e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        String title = projects.title(e.projectId());
        String caller = Actor.SYSTEM.equals(e.raisedBy()) ? null : e.raisedBy().userId();
        replies.authored(e.projectId(), CommentSubject.Kind.REASSESSMENT, e.reassessmentId(), caller);
        for (Side side : Side.values()) {
            tell(
                    NewNotification.of(
                            eventId,
                            NotificationKind.REASSESSMENT_DUE,
                            NotificationTexts.reassessmentDue(title, e.reason()),
                            e.projectId(),
                            null,
                            at,
                            Audience.membersOf(side, caller)),
                    replay);
        }
    }

    /** A comment on a change is for its requester, a reply for whoever wrote what it answers; not for oneself. */
    @EventHandler
    void on(CommentAdded e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        replies.concerned(e, eventId, at, projects.title(e.projectId()), changes::requester)
                .ifPresent(notification -> tell(notification, replay));
    }

    @EventHandler
    void on(EstimateSubmitted e) {
        replies.authored(
                e.projectId(),
                CommentSubject.Kind.ESTIMATE,
                e.version(),
                e.submittedBy().userId());
    }

    @EventHandler
    void on(RoiCaseRecorded e) {
        replies.authored(
                e.projectId(),
                CommentSubject.Kind.ROI_CASE,
                e.version(),
                e.recordedBy().userId());
    }

    @EventHandler
    void on(DelegationGranted e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        tell(
                NewNotification.of(
                        eventId,
                        NotificationKind.DELEGATION,
                        NotificationTexts.delegation(e.delegator(), e.from(), e.until()),
                        null,
                        null,
                        at,
                        Audience.person(e.delegate().userId())),
                replay);
    }

    /** The side's members, never the requester, who cannot approve their own change. */
    @EventHandler
    void on(ApprovalReminded e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        tell(
                NewNotification.of(
                        eventId,
                        NotificationKind.REMINDER,
                        NotificationTexts.reminder(projects.title(e.projectId()), e.kind(), e.side(), e.waitingSince()),
                        e.projectId(),
                        e.changeId(),
                        at,
                        Audience.membersOf(
                                e.side(), changes.requester(e.changeId()).orElse(null))),
                replay);
    }

    /** The side's lead or leads. */
    @EventHandler
    void on(ApprovalEscalated e, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        tell(
                NewNotification.of(
                        eventId,
                        NotificationKind.ESCALATION,
                        NotificationTexts.escalation(
                                projects.title(e.projectId()), e.kind(), e.side(), e.waitingSince()),
                        e.projectId(),
                        e.changeId(),
                        at,
                        Audience.leadsOf(
                                e.side(), changes.requester(e.changeId()).orElse(null))),
                replay);
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.NOTIFICATIONS);
    }

    private void toRequester(
            String eventId,
            NotificationKind kind,
            String text,
            UUID projectId,
            UUID changeId,
            Instant at,
            ReplayStatus replay) {
        changes.requester(changeId)
                .ifPresent(requester -> tell(
                        NewNotification.of(eventId, kind, text, projectId, changeId, at, Audience.person(requester)),
                        replay));
    }

    private void tell(NewNotification notification, ReplayStatus replay) {
        notifications.add(notification);
        // A replay tells of what happened long ago: the notification centre shows it, nobody gets an e-mail.
        if (!replay.isReplay()) {
            mail.hold(new MailNotices.Notice(
                    notification.id(),
                    notification.text(),
                    notification.projectId(),
                    notification.changeId(),
                    notification.at()));
        }
        // Every open bell reads again: whom a side's notification concerns is for each reader's query to say.
        live.changed(LiveQuery.NOTIFICATIONS, null, null);
    }
}
