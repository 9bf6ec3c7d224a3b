package dev.accord.app.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.accord.app.support.AccordIntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server inside the test JVM (GreenMail) that Accord sends its notification e-mails to. */
final class NotificationMail {

    static final String PUBLIC_URL = "https://accord.example.com";

    private NotificationMail() {}

    static GreenMailExtension server() {
        return new GreenMailExtension(
                        new ServerSetup(AccordIntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The e-mails one address received whose subject names this project. */
    static List<Letter> to(GreenMailExtension server, String address, String title) {
        return Arrays.stream(server.getReceivedMessagesForDomain(address))
                .map(NotificationMail::letter)
                .filter(letter -> letter.subject().contains(title))
                .toList();
    }

    record Letter(String subject, String body) {}

    private static Letter letter(MimeMessage message) {
        try {
            // Decoded: a body with more than ASCII travels quoted-printable.
            return new Letter(message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
