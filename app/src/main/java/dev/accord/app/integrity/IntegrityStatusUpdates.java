package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.FindIntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every open badge current: one look at the status per interval for the whole node, sent to the subscribed
 * browsers through server push only when it changed. Browsers never poll, so an idle session can still expire.
 */
@Component
class IntegrityStatusUpdates {

    private final HistoryVerification verification;
    private final QueryUpdateEmitter updates;
    private IntegrityStatus lastSent;

    IntegrityStatusUpdates(HistoryVerification verification, QueryUpdateEmitter updates) {
        this.verification = verification;
        this.updates = updates;
    }

    @Scheduled(fixedDelayString = "${accord.integrity.status-refresh}")
    synchronized void sendWhenChanged() {
        boolean watched = updates.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindIntegrityStatus);
        if (!watched) {
            lastSent = null;
            return;
        }
        IntegrityStatus now = verification.status();
        if (!now.equals(lastSent)) {
            updates.emit(FindIntegrityStatus.class, query -> true, now);
            lastSent = now;
        }
    }
}
