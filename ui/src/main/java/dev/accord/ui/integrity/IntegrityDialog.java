package dev.accord.ui.integrity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.integrity.api.AuditorsKey;
import dev.accord.domain.integrity.api.FindAuditorsKey;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.ScrollingText;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** The badge's details: the last verification, the latest signed checkpoint, its key, and how to check them. */
class IntegrityDialog extends Dialog {

    IntegrityDialog(QueryGateway queries, IntegrityStatus status, Locale locale) {
        setHeaderTitle("Provable history");
        setId("integrity-dialog");
        setWidth("min(48rem, 95vw)");
        AuditorsKey key = queries.query(new FindAuditorsKey(), ResponseTypes.instanceOf(AuditorsKey.class))
                .join();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        ScrollingText.reachableByKeyboard(body, "How the history is proved");
        body.add(new Paragraph("Every event is a leaf of a Merkle tree (RFC 9162) that the database extends as the "
                + "event is written; Accord signs the tree's root in checkpoints with its own Ed25519 key, and "
                + "verifies the whole history against them."));
        if (status != null) {
            Paragraph verdict = new Paragraph(IntegrityTexts.headline(status, locale)
                    + (status.verifiedAt() == null
                            ? ""
                            : ". Last verified " + Formats.instant(status.verifiedAt(), locale) + "."));
            verdict.setId("integrity-verdict");
            body.add(verdict);
            if (status.firstFailure() != null) {
                Paragraph failure = new Paragraph(IntegrityTexts.failure(status.firstFailure()));
                failure.setId("integrity-failure");
                failure.getStyle().set("color", "var(--lumo-error-text-color)");
                body.add(failure);
            }
            if (!status.historyProtected()) {
                body.add(new Paragraph(IntegrityTexts.NOT_PROTECTED));
            }
        }
        body.add(
                new H4("The latest checkpoint"),
                key.checkpointNote() == null
                        ? new Paragraph("No checkpoint has been signed yet.")
                        : text("integrity-checkpoint-note", key.checkpointNote()));
        body.add(new H4("The key it is signed with"), text("integrity-verifier-key", key.verifierKey()));
        body.add(
                new H4("How to check it yourself"),
                new Paragraph("Keep the checkpoints and the key outside Accord. "
                        + "Any RFC 9162 client can check Accord's proofs against them:"),
                text("integrity-how-to", """
                        GET /api/integrity/public-key                      the key above
                        GET /api/integrity/checkpoint                      the latest signed checkpoint
                        GET /api/integrity/inclusion?globalIndex=G         an event's audit path
                        GET /api/integrity/consistency?from=M&to=N         a later tree extends an earlier one
                        GET /api/integrity                                 the last verification
                        java -jar accord.jar verify --url=URL --user=NAME  the whole history, from the jar"""));
        add(body);
        Button close = new Button("Close", click -> close());
        close.setId("integrity-dialog-close");
        getFooter().add(close);
    }

    private static Component text(String id, String text) {
        Pre pre = new Pre(text);
        pre.setId(id);
        pre.getStyle()
                .set("white-space", "pre-wrap")
                .set("word-break", "break-all")
                .set("margin", "0");
        return pre;
    }
}
