package dev.accord.app.mail;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the queued e-mails ({@link MailOutbox}) through Spring's JavaMailSender, on a thread of its own. Talking to
 * the mail host holds no database connection or lock: a batch is claimed in one short statement (FOR UPDATE SKIP
 * LOCKED, so nodes never claim the same e-mail, each claim lasting {@code accord.mail.claim}), sent, and each e-mail
 * marked sent in another. A failed e-mail is tried again after a pause that doubles each time (from
 * {@code accord.mail.first-retry}, at most an hour), and given up after {@code accord.mail.attempts} tries. A node
 * that dies between sending and marking leaves its claim to lapse, and the e-mail goes out again: at least once,
 * and once whenever the node lives to mark it.
 */
@Component
class MailCourier {

    private static final Logger log = LoggerFactory.getLogger(MailCourier.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    static final String CLAIM = """
            UPDATE mail_outbox SET claimed_until = now() + make_interval(secs => :claimSeconds),
                attempts = attempts + 1
            WHERE id IN (SELECT id FROM mail_outbox
                         WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= now()
                           AND (claimed_until IS NULL OR claimed_until < now())
                         ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED)
            RETURNING id, address, subject, body, attempts""";

    static final String SENT =
            "UPDATE mail_outbox SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = :id";

    static final String FAILED = """
            UPDATE mail_outbox SET claimed_until = NULL, last_error = :error,
                next_attempt_at = now() + make_interval(secs => :pauseSeconds),
                given_up_at = CASE WHEN attempts >= :attempts THEN now() END
            WHERE id = :id""";

    private record Letter(long id, String address, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailer;
    private final String from;
    private final Duration every;
    private final Duration claim;
    private final Duration firstRetry;
    private final int attempts;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread courier = new Thread(runnable, "mail-courier");
        courier.setDaemon(true);
        return courier;
    });

    MailCourier(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mailer,
            @Value("${accord.mail.from:accord@localhost}") String from,
            @Value("${accord.mail.poll-interval:PT2S}") Duration every,
            @Value("${accord.mail.claim:PT2M}") Duration claim,
            @Value("${accord.mail.first-retry:PT30S}") Duration firstRetry,
            @Value("${accord.mail.attempts:10}") int attempts) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.from = from;
        this.every = every;
        this.claim = claim;
        this.firstRetry = firstRetry;
        this.attempts = attempts;
    }

    /** Only with a mail host: without one nothing is ever queued. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (mailer.getIfAvailable() != null) {
            thread.scheduleWithFixedDelay(this::deliverSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void deliverSafely() {
        try {
            deliver();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round tries again.
            log.warn("Could not deliver the queued e-mails: {}", e.getMessage());
        }
    }

    /** One round: claim a batch, send each, mark each. */
    void deliver() {
        JavaMailSender sender = mailer.getObject();
        List<Letter> claimed;
        do {
            claimed = jdbc.sql(CLAIM)
                    .param("claimSeconds", claim.toSeconds())
                    .param("batch", 20)
                    .query((rs, n) -> new Letter(
                            rs.getLong("id"),
                            rs.getString("address"),
                            rs.getString("subject"),
                            rs.getString("body"),
                            rs.getInt("attempts")))
                    .list();
            claimed.forEach(letter -> send(sender, letter));
        } while (!claimed.isEmpty());
    }

    private void send(JavaMailSender sender, Letter letter) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(letter.address());
        message.setSubject(letter.subject());
        message.setText(letter.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            long pause =
                    Math.min(LONGEST_PAUSE.toSeconds(), firstRetry.toSeconds() << Math.min(20, letter.attempts() - 1));
            log.warn(
                    "E-mail {} to {} failed (attempt {}): {}",
                    letter.id(),
                    letter.address(),
                    letter.attempts(),
                    e.getMessage());
            jdbc.sql(FAILED)
                    .param("id", letter.id())
                    .param("error", String.valueOf(e.getMessage()))
                    .param("pauseSeconds", pause)
                    .param("attempts", attempts)
                    .update();
            return;
        }
        jdbc.sql(SENT).param("id", letter.id()).update();
    }
}
