package dev.accord.domain.history.api;

import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.TimelineEntry;
import java.util.List;

/**
 * A decision with what it rested on.
 *
 * @param decision the step that took the decision, in words
 * @param change the change decided, as it stood then, with the approvals given (and voided) up to that moment;
 *               null for a decision that is not about a change (a reassessment's conclusion)
 * @param onTheTable the project as it stood right after the decision: estimates, ROI case, assessment answers
 * @param comments the conversation up to the decision about this change and about the project as a whole
 * @param afterwards what the ledger learned since: spend and realised benefits against the figures of then
 */
public record DecisionContext(
        TimelineEntry decision,
        ChangeRow change,
        ProjectDetail onTheTable,
        List<CommentEntry> comments,
        Hindsight afterwards) {}
