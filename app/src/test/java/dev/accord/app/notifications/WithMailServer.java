package dev.accord.app.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SMTP server inside the test JVM that the application sends its e-mails to ({@link AccordIntegrationTest}
 * names its port), running while the tests that extend this run.
 */
@AccordIntegrationTest
abstract class WithMailServer {

    @RegisterExtension
    static final GreenMailExtension SMTP = NotificationMail.server();

    @Autowired
    JdbcClient outbox;

    /**
     * The e-mails of the other tests of the shared ledger, queued while no SMTP server listened, are given up before
     * each mail test: the courier sends the oldest first, so hundreds of them would otherwise arrive before its own.
     */
    @BeforeEach
    void giveUpOtherTestsMail() {
        outbox.sql("UPDATE mail_outbox SET given_up_at = now() WHERE sent_at IS NULL AND given_up_at IS NULL")
                .update();
    }
}
