package dev.accord.domain.project;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReassessmentConclusion;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import java.util.Objects;
import java.util.UUID;

/** Which figures each kind of change must name, checked before anything is recorded. */
final class ChangeTermsRules {

    private ChangeTermsRules() {}

    /**
     * The terms of a change requested as such, checked after its kind and whether the project's state allows it. A
     * conclusion is proposed at its reassessment, which checks that both sides have given their view.
     */
    static ChangeTerms requested(ChangeKind kind, ChangeTerms terms, ProjectStatus status, ProjectCurrency ledger) {
        if (kind == null || kind == ChangeKind.CONCLUSION) {
            throw new InvalidInputException(
                    "kind", "Say what kind of change this is; a reassessment is concluded at the reassessment");
        }
        LifeCycle.checkAllowed(status, kind);
        return checked(kind, terms, ledger);
    }

    /** The terms as they will be recorded: only what the kind uses, validated. */
    static ChangeTerms checked(ChangeKind kind, ChangeTerms terms, ProjectCurrency ledger) {
        ChangeTerms given = terms == null ? ChangeTerms.none() : terms;
        return switch (kind) {
            case INITIAL_BUDGET, BUDGET -> {
                if (given.budget() == null) {
                    throw new InvalidInputException("budget.amount", "A budget change must name the new budget");
                }
                yield ChangeTerms.budget(ledger.amount("budget", given.budget()));
            }
            case SCOPE -> {
                if (given.scope() == null || given.scope().isBlank()) {
                    throw new InvalidInputException("scope", "A scope change must say what the new scope is");
                }
                yield new ChangeTerms(null, Texts.longText("scope", given.scope()), null);
            }
            case TIMELINE -> {
                if (given.targetDate() == null) {
                    throw new InvalidInputException("targetDate", "A timeline change must name the new end date");
                }
                LedgerCalendar.checkDate("targetDate", given.targetDate());
                yield new ChangeTerms(null, null, given.targetDate());
            }
            case PAUSE, RESUME, CANCEL, COMPLETE -> ChangeTerms.none();
            case REVIEW_POLICY -> ChangeTerms.policy(ReviewPolicyRules.checked(given.policy()));
            case CONCLUSION -> ChangeTerms.conclusion(conclusion(given.conclusion(), ledger));
        };
    }

    /**
     * The terms of a revision. A conclusion is not revised: it belongs to one reassessment and names the change that
     * follows it, so a side that wants another outcome withdraws it and concludes again.
     */
    static ChangeTerms revised(ChangeKind kind, ChangeTerms terms, ProjectCurrency ledger) {
        if (kind == ChangeKind.CONCLUSION) {
            throw new ConflictException("A conclusion is not revised; withdraw it and propose another");
        }
        return checked(kind, terms, ledger);
    }

    private static ReassessmentConclusion conclusion(ReassessmentConclusion given, ProjectCurrency ledger) {
        if (given == null || given.outcome() == null) {
            throw new InvalidInputException("outcome", "Conclude with continue, adjust or stop");
        }
        Money adjusted = given.outcome() == ReassessmentOutcome.ADJUST
                ? checked(ChangeKind.BUDGET, ChangeTerms.budget(given.adjustedBudget()), ledger)
                        .budget()
                : null;
        UUID followUp = given.outcome() == ReassessmentOutcome.CONTINUE
                ? null
                : Objects.requireNonNullElseGet(given.followUpChangeId(), UUID::randomUUID);
        return new ReassessmentConclusion(
                given.reassessmentId(), given.outcome(), adjusted, followUp, rationale(given.rationale(), true));
    }

    static String rationale(String rationale, boolean required) {
        if (rationale == null || rationale.isBlank()) {
            if (required) {
                throw new InvalidInputException("rationale", "Say why: a change needs a rationale");
            }
            return "";
        }
        return Texts.longText("rationale", rationale);
    }
}
