package dev.accord.ui.integrity;

import com.vaadin.flow.component.html.Span;
import dev.accord.domain.integrity.api.SignedCheckpoint;
import java.util.Locale;

/** Which signed checkpoint first covers a step: from then on, changing the step shows in the proofs. */
public class CoverageNote extends Span {

    /** @param checkpoint the first checkpoint whose tree holds the step, or null when none does yet */
    public CoverageNote(SignedCheckpoint checkpoint, Locale locale) {
        super(
                checkpoint == null
                        ? "not yet covered by a checkpoint"
                        : "covered by " + IntegrityTexts.checkpoint(checkpoint, locale));
        addClassName("checkpoint-coverage");
        getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        if (checkpoint != null) {
            setTitle("Tree of " + checkpoint.treeSize() + " events, root " + checkpoint.rootHash() + ", signed by "
                    + checkpoint.signedBy());
        }
    }
}
