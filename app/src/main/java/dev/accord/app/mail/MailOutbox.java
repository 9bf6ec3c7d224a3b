package dev.accord.app.mail;

import dev.accord.app.notifications.Audience;
import dev.accord.app.readmodel.ProcessingGroups;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Queues the e-mails of the notifications a unit of work of the notifications projection made
 * ({@link MailNotices}), one per person in each one's audience who has an address and has not turned its kind off,
 * as the projection's transaction prepares to commit: the queue holds an e-mail exactly when its notification is
 * stored. Sending is {@link MailCourier}'s, outside any transaction.
 */
@Configuration(proxyBeanMethods = false)
public class MailOutbox {

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

    private static final String REGISTERED = MailOutbox.class.getName() + ".registered";

    /** Asks for the JDBC client only when Axon builds the processor. */
    @Bean
    ConfigurerModule notificationsQueueTheirEmails(ObjectProvider<JdbcClient> jdbc, MailLinks links) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                ProcessingGroups.NOTIFICATIONS, c -> queueingOnCommit(jdbc.getObject(), links)));
    }

    static MessageHandlerInterceptor<EventMessage<?>> queueingOnCommit(JdbcClient jdbc, MailLinks links) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.resources().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                unitOfWork.onPrepareCommit(committing -> queue(jdbc, links, committing));
            }
            return chain.proceed();
        };
    }

    private static void queue(JdbcClient jdbc, MailLinks links, UnitOfWork<?> unitOfWork) {
        List<MailNotices.Notice> notices = MailNotices.take(unitOfWork);
        for (MailNotices.Notice notice : notices) {
            jdbc.sql(QUEUE)
                    .param("id", notice.notificationId())
                    .param("subject", subject(notice.text()))
                    .param("body", links.body(notice))
                    .update();
        }
    }

    /** A subject stays on one line and within what mail programs show. */
    private static String subject(String text) {
        String line = "Accord: " + text.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "\u2026";
    }
}
