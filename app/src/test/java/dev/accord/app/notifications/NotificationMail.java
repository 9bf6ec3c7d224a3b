package dev.accord.app.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server inside the test JVM (GreenMail) that Accord sends its notification e-mails to. */
final class NotificationMail {

    static final String PUBLIC_URL = "https://accord.example.com";

    private NotificationMail() {}

    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** Accord sends to the server, links to {@link #PUBLIC_URL}, and looks for queued e-mails often. */
    static void configure(DynamicPropertyRegistry properties, GreenMailExtension server) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> server.getSmtp().getPort());
        properties.add("accord.public-url", () -> PUBLIC_URL);
        properties.add("accord.mail.poll-interval", () -> "PT0.2S");
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
