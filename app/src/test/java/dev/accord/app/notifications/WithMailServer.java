package dev.accord.app.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SMTP server inside the test JVM that the application sends its e-mails to ({@link AccordIntegrationTest}
 * names its port), running while the tests that extend this run.
 */
@AccordIntegrationTest
abstract class WithMailServer {

    @RegisterExtension
    static final GreenMailExtension SMTP = NotificationMail.server();
}
