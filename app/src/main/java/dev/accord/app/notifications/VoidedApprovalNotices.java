package dev.accord.app.notifications;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.notification.api.NotificationKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tells each approver whose approval no longer counts, once however many approvals of theirs were voided: a revision
 * voids them, and so do new figures (a new estimate, a revised ROI case).
 */
final class VoidedApprovalNotices {

    private VoidedApprovalNotices() {}

    static List<NewNotification> of(
            List<Approval> voided, String text, String eventId, UUID projectId, UUID changeId, Instant at) {
        return voided.stream()
                .map(approval -> approval.approver().userId())
                .distinct()
                .map(approver -> NewNotification.of(
                        eventId,
                        NotificationKind.APPROVAL_VOIDED,
                        text,
                        projectId,
                        changeId,
                        at,
                        Audience.person(approver)))
                .toList();
    }
}
