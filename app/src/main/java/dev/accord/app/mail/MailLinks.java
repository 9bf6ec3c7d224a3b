package dev.accord.app.mail;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where an e-mail points: Accord's address as people reach it ({@code accord.public-url}, env ACCORD_PUBLIC_URL),
 * the project page (the ui's route {@code projects/<id>}) with the change it concerns.
 */
@Component
public class MailLinks {

    private final String publicUrl;

    MailLinks(@Value("${accord.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The project page, naming the change; the approvals inbox for what concerns no project (a delegation). */
    public String linkTo(UUID projectId, UUID changeId) {
        if (projectId == null) {
            return publicUrl + "/approvals";
        }
        return publicUrl + "/projects/" + projectId + (changeId == null ? "" : "?change=" + changeId);
    }

    String body(MailNotices.Notice notice) {
        return notice.text() + "\n\nOpen it in Accord: " + linkTo(notice.projectId(), notice.changeId())
                + "\n\nChoose which notifications reach you by e-mail: " + publicUrl + "/notification-settings\n";
    }
}
