package dev.accord.domain.project.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What a project's business case still lacks before a change that needs one can take effect: an estimate from each
 * side, an ROI case, the completed assessment (both sides' answers to the four questions).
 */
public record MissingBusinessCase(boolean financeEstimate, boolean itEstimate, boolean roiCase, boolean assessment) {

    public static final MissingBusinessCase NOTHING = new MissingBusinessCase(false, false, false, false);

    public boolean complete() {
        return !financeEstimate && !itEstimate && !roiCase && !assessment;
    }

    /** "the Finance estimate", "the ROI case", ... one per missing piece; none when complete. */
    public List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        if (financeEstimate) {
            pieces.add("the Finance estimate");
        }
        if (itEstimate) {
            pieces.add("the IT estimate");
        }
        if (roiCase) {
            pieces.add("the ROI case");
        }
        if (assessment) {
            pieces.add("the completed assessment");
        }
        return pieces;
    }

    /** "waiting for the ROI case", one per missing piece. */
    public List<String> sentences() {
        return pieces().stream().map(piece -> "waiting for " + piece).toList();
    }
}
