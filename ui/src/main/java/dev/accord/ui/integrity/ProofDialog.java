package dev.accord.ui.integrity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.integrity.api.FindInclusionProof;
import dev.accord.domain.integrity.api.InclusionProof;
import dev.accord.domain.integrity.api.SignedCheckpoint;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.ScrollingText;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A step's inclusion proof: the event's leaf, the audit path to the root of the latest signed checkpoint, and
 * whether the path leads there from the event as it is stored now.
 */
public class ProofDialog extends Dialog {

    private ProofDialog(InclusionProof proof, String step, Locale locale) {
        setHeaderTitle("Proof that this step is in the signed history");
        setId("proof-dialog");
        setWidth("min(48rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(step));
        Paragraph verdict = new Paragraph(verdict(proof, locale));
        verdict.setId("proof-verdict");
        verdict.getStyle()
                .set("font-weight", "600")
                .set(
                        "color",
                        switch (proof.verdict()) {
                            case VERIFIED -> "var(--lumo-success-text-color)";
                            case NOT_YET_COVERED -> "var(--lumo-secondary-text-color)";
                            case DOES_NOT_VERIFY -> "var(--lumo-error-text-color)";
                        });
        body.add(verdict);
        Div figures = new Div(
                new Figure("Event", Long.toString(proof.globalIndex()), "proof-global-index"),
                new Figure(
                        "Leaf index",
                        proof.leafIndex() == null
                                ? "not logged"
                                : proof.leafIndex().toString(),
                        "proof-leaf-index"));
        SignedCheckpoint checkpoint = proof.checkpoint();
        if (checkpoint != null) {
            figures.add(new Figure("Tree size", Long.toString(checkpoint.treeSize()), "proof-tree-size"));
        }
        figures.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-l)")
                .set("flex-wrap", "wrap");
        body.add(
                figures,
                label("Leaf hash (recomputed from the event as stored)"),
                hash("proof-leaf-hash", proof.leafHash()));
        if (checkpoint != null) {
            body.add(
                    label("Root of " + IntegrityTexts.checkpoint(checkpoint, locale)),
                    hash("proof-root-hash", checkpoint.rootHash()));
        }
        if (!proof.auditPath().isEmpty()) {
            body.add(
                    label("Audit path, from the leaf up (RFC 9162 \u00a72.1.3)"),
                    hash("proof-audit-path", String.join("\n", proof.auditPath())));
        }
        add(ScrollingText.reachableByKeyboard(body, "The proof of this step"));
        Button close = new Button("Close", click -> close());
        close.setId("proof-dialog-close");
        getFooter().add(close);
    }

    /** Opens the proof of the step with that sequence in the project. */
    public static void open(QueryGateway queries, UUID projectId, long sequence, String step, Locale locale) {
        queries.query(
                        new FindInclusionProof(projectId, sequence),
                        ResponseTypes.optionalInstanceOf(InclusionProof.class))
                .join()
                .ifPresent(proof -> new ProofDialog(proof, step, locale).open());
    }

    private static String verdict(InclusionProof proof, Locale locale) {
        SignedCheckpoint checkpoint = proof.checkpoint();
        return switch (proof.verdict()) {
            case VERIFIED ->
                "Verified against " + IntegrityTexts.checkpoint(checkpoint, locale) + ", signed by "
                        + checkpoint.signedBy();
            case NOT_YET_COVERED -> "Not yet covered by a checkpoint: the next one signed will cover this step.";
            case DOES_NOT_VERIFY ->
                proof.leafIndex() == null
                        ? "Does not verify: this event was never logged; it was put in the event table behind the log."
                        : "Does not verify: the event as stored now, its audit path or the checkpoint's signature is "
                                + "not what was signed"
                                + (checkpoint == null
                                        ? "."
                                        : " in " + IntegrityTexts.checkpoint(checkpoint, locale) + ".");
        };
    }

    private static Paragraph label(String text) {
        Paragraph label = new Paragraph(text);
        label.getStyle()
                .set("margin", "0")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        return label;
    }

    private static Pre hash(String id, String text) {
        Pre pre = new Pre(text);
        pre.setId(id);
        pre.getStyle()
                .set("white-space", "pre-wrap")
                .set("word-break", "break-all")
                .set("margin", "0");
        return pre;
    }
}
