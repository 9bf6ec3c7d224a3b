package dev.accord.app.history;

import dev.accord.app.timeline.TimelineSentences;
import dev.accord.domain.history.api.CommentEntry;
import dev.accord.domain.history.api.DecisionContext;
import dev.accord.domain.history.api.Hindsight;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which steps are decisions, and the context of one: the project as the decision left it, set against the project as
 * it stands now.
 */
final class Decisions {

    private Decisions() {}

    /** The decision taken at the step {@code then}, if that step was one. */
    static Optional<DecisionContext> context(ProjectFold.Step then, ProjectDetail now) {
        Object event = then.event();
        Optional<Decided> decided = decided(event);
        return decided.map(d -> {
            ProjectDetail atDecision = then.project();
            ChangeRow change = d.changeId() == null
                    ? null
                    : atDecision.changes().stream()
                            .filter(c -> c.changeId().equals(d.changeId()))
                            .findFirst()
                            .orElse(null);
            TimelineEntry entry = new TimelineEntry(
                    then.sequence(),
                    event.getClass().getSimpleName(),
                    then.recordedAt(),
                    d.by(),
                    d.sentence(),
                    d.changeId(),
                    null,
                    null);
            return new DecisionContext(
                    entry, change, atDecision, conversation(then.comments(), d.changeId()), hindsight(atDecision, now));
        });
    }

    private record Decided(UUID changeId, Actor by, String sentence) {}

    private static Optional<Decided> decided(Object event) {
        if (event instanceof ChangeApproved e) {
            return Optional.of(new Decided(e.changeId(), e.approvedBy(), TimelineSentences.of(e)));
        }
        if (event instanceof ChangeTookEffect e) {
            return Optional.of(new Decided(e.changeId(), e.decidedBy(), TimelineSentences.of(e)));
        }
        if (event instanceof ChangeRejected e) {
            return Optional.of(new Decided(e.changeId(), e.rejectedBy(), TimelineSentences.of(e)));
        }
        if (event instanceof ChangeWithdrawn e) {
            return Optional.of(new Decided(e.changeId(), e.withdrawnBy(), TimelineSentences.of(e)));
        }
        if (event instanceof ReassessmentConcluded e) {
            return Optional.of(new Decided(null, e.concludedBy(), TimelineSentences.of(e)));
        }
        return Optional.empty();
    }

    /** What had been said by then about the change decided and about the project as a whole. */
    private static List<CommentEntry> conversation(List<CommentEntry> comments, UUID changeId) {
        return comments.stream()
                .filter(comment -> comment.subject().kind() == CommentSubject.Kind.PROJECT
                        || changeId != null
                                && comment.subject().kind() == CommentSubject.Kind.CHANGE
                                && changeId.toString().equals(comment.subject().id()))
                .toList();
    }

    private static Hindsight hindsight(ProjectDetail then, ProjectDetail now) {
        List<ExpectedBenefit> expected =
                then.roiCase() == null ? List.of() : then.roiCase().benefits();
        Money expectedYearly = expected.isEmpty()
                ? null
                : new Money(
                        BenefitsPlan.of(expected).yearly(),
                        expected.get(0).yearlyAmount().currency());
        BigDecimal spendShare = then.approvedBudget() == null
                ? null
                : Percent.of(now.spendToDate().amount(), then.approvedBudget().amount());
        List<ActualsRow> monthsAfter = now.actuals().stream()
                .filter(month -> then.actuals().stream().noneMatch(known -> known.equals(month)))
                .toList();
        return new Hindsight(
                now.status(),
                then.approvedBudget(),
                now.approvedBudget(),
                expectedYearly,
                then.roiCase() == null ? null : then.roiCase().figures().roiPercent(),
                now.spendToDate(),
                spendShare,
                now.benefitsToDate(),
                monthsAfter);
    }
}
