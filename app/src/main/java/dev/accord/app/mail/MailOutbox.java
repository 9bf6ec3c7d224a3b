package dev.accord.app.mail;

import dev.accord.app.notifications.Audience;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues the e-mails a new notification calls for, one per person in its audience who has an address and has not
 * turned the kind off, in the projection's transaction: the queue holds an e-mail exactly when the notification is
 * stored. Sending is {@link MailCourier}'s, outside any transaction. Nothing is queued without a mail host
 * ({@code spring.mail.host}), for a notification older than {@code accord.mail.max-age} (a projection catching up on
 * a long history tells nobody by e-mail of what happened weeks ago), or in a rebuild, whose units of work never
 * commit.
 */
@Component
public class MailOutbox {

    /** What an e-mail tells: the notification's sentence and what it links to. */
    public record Notice(UUID notificationId, String text, UUID projectId, UUID changeId, Instant at) {}

    /**
     * Everyone the notification is for, as the notification centre finds them (the one definition in
     * {@link Audience}), with an address and the kind not turned off. The notification must be there: an event whose
     * handling failed was rolled back to its savepoint, and its e-mails with it.
     */
    static final String QUEUE = "INSERT INTO mail_outbox (notification_id, username, address, subject, body) "
            + "SELECT n.id, u.username, u.email, :subject, :body FROM notification n JOIN user_account u ON "
            + Audience.includes("u.username", "u.side", "u.role = 'MEMBER'", "u.lead")
            + " WHERE n.id = :id AND u.enabled AND u.email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            + "notification_email_off o WHERE o.username = u.username AND o.kind = n.kind) "
            + "ON CONFLICT (notification_id, username) DO NOTHING";

    private static final String HELD = MailOutbox.class.getName() + ".held";

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailer;
    private final MailLinks links;
    private final Duration maxAge;
    private final Clock clock;

    MailOutbox(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mailer,
            MailLinks links,
            @Value("${accord.mail.max-age:P1D}") Duration maxAge) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.links = links;
        this.maxAge = maxAge;
        this.clock = Clock.systemUTC();
    }

    /** Queues the notice's e-mails as the projection's unit of work commits. */
    public void queue(Notice notice) {
        if (mailer.getIfAvailable() == null
                || notice.at().isBefore(clock.instant().minus(maxAge))
                || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork
                .<List<Notice>>getOrComputeResource(HELD, name -> {
                    List<Notice> held = new ArrayList<>();
                    unitOfWork.onPrepareCommit(committing -> write(held));
                    return held;
                })
                .add(notice);
    }

    private void write(List<Notice> held) {
        for (Notice notice : held) {
            jdbc.sql(QUEUE)
                    .param("id", notice.notificationId())
                    .param("subject", subject(notice.text()))
                    .param("body", links.body(notice))
                    .update();
        }
        held.clear();
    }

    /** A subject stays on one line and within what mail programs show. */
    private static String subject(String text) {
        String line = "Accord: " + text.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "\u2026";
    }
}
