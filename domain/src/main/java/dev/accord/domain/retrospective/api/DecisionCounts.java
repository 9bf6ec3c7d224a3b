package dev.accord.domain.retrospective.api;

/**
 * How much deciding it took. A year's counts are the sum of its projects'.
 *
 * @param changesRequested   every change request, the initial budget included
 * @param reassessments      reassessments that fell due, whatever raised them
 */
public record DecisionCounts(
        int changesRequested,
        int tookEffect,
        int revisions,
        int rejections,
        int withdrawals,
        int reassessments,
        int reassessmentsConcluded,
        int approvalsGiven,
        int comments) {

    public static final DecisionCounts NONE = new DecisionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DecisionCounts plus(DecisionCounts other) {
        return new DecisionCounts(
                changesRequested + other.changesRequested,
                tookEffect + other.tookEffect,
                revisions + other.revisions,
                rejections + other.rejections,
                withdrawals + other.withdrawals,
                reassessments + other.reassessments,
                reassessmentsConcluded + other.reassessmentsConcluded,
                approvalsGiven + other.approvalsGiven,
                comments + other.comments);
    }
}
