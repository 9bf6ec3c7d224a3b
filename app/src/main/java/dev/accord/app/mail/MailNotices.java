package dev.accord.app.mail;

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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * What the notifications projection tells the e-mail queue: each new notification, held in the projection's unit
 * of work until it commits, when {@link MailOutbox} queues its e-mails. The projection itself touches no table but
 * its own. Nothing is held without a mail host ({@code spring.mail.host}), or for a notification older than
 * {@code accord.mail.max-age} (a projection catching up on a long history tells nobody by e-mail of what happened
 * weeks ago); a rebuild's units of work never commit, so it queues nothing either.
 */
@Component
public class MailNotices {

    /** What an e-mail tells: the notification's sentence and what it links to. */
    public record Notice(UUID notificationId, String text, UUID projectId, UUID changeId, Instant at) {}

    private static final String HELD = MailNotices.class.getName() + ".held";

    private final ObjectProvider<JavaMailSender> mailer;
    private final Duration maxAge;
    private final Clock clock = Clock.systemUTC();

    MailNotices(ObjectProvider<JavaMailSender> mailer, @Value("${accord.mail.max-age:P1D}") Duration maxAge) {
        this.mailer = mailer;
        this.maxAge = maxAge;
    }

    public void hold(Notice notice) {
        if (mailer.getIfAvailable() == null
                || notice.at().isBefore(clock.instant().minus(maxAge))
                || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        CurrentUnitOfWork.get()
                .<List<Notice>>getOrComputeResource(HELD, name -> new ArrayList<>())
                .add(notice);
    }

    /** The notices held in this unit of work, each once. */
    static List<Notice> take(UnitOfWork<?> unitOfWork) {
        List<Notice> held = unitOfWork.getResource(HELD);
        if (held == null) {
            return List.of();
        }
        List<Notice> taken = List.copyOf(held);
        held.clear();
        return taken;
    }
}
