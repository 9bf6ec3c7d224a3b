package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;
import java.util.List;

/**
 * The business case an approver was shown: the version of the latest Finance estimate, of the latest IT estimate and
 * of the latest ROI case (0 where there was none yet). The screens send what they displayed; the ledger refuses an
 * approval whose basis is no longer the latest, and records the basis with the approval.
 */
public record ApprovalBasis(int financeEstimate, int itEstimate, int roiCase) {

    /** Nothing submitted yet. */
    public static final ApprovalBasis NONE = new ApprovalBasis(0, 0, 0);

    /** The basis a reader shows who displays these estimates (every version) and this ROI case (or null). */
    public static ApprovalBasis of(List<EstimateRow> estimates, RoiCaseRow roiCase) {
        return new ApprovalBasis(
                latest(estimates, Side.FINANCE), latest(estimates, Side.IT), roiCase == null ? 0 : roiCase.version());
    }

    private static int latest(List<EstimateRow> estimates, Side side) {
        return estimates.stream()
                .filter(estimate -> estimate.side() == side)
                .mapToInt(EstimateRow::version)
                .max()
                .orElse(0);
    }

    /** "Finance estimate v2, IT estimate v3, ROI case v1", or "no estimate or ROI case" for {@link #NONE}. */
    public String describe() {
        if (equals(NONE)) {
            return "no estimate or ROI case";
        }
        return part("Finance estimate", financeEstimate) + ", " + part("IT estimate", itEstimate) + ", "
                + part("ROI case", roiCase);
    }

    private static String part(String what, int version) {
        return version == 0 ? "no " + what : what + " v" + version;
    }
}
