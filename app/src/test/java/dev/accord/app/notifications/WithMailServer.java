package dev.accord.app.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application sending its e-mails to one SMTP server inside the test JVM. The tests that extend this share the
 * server and one application context (the same property source), apart from the other integration tests', which
 * have no mail host.
 */
@AccordIntegrationTest
abstract class WithMailServer {

    @RegisterExtension
    static final GreenMailExtension SMTP = NotificationMail.server();

    @DynamicPropertySource
    static void mailHost(DynamicPropertyRegistry properties) {
        NotificationMail.configure(properties, SMTP);
    }
}
