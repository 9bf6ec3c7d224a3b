package dev.accord.domain.project;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Texts;

/** Which figures each kind of change must name, checked before anything is recorded. */
final class ChangeTermsRules {

    private ChangeTermsRules() {}

    /** The terms as they will be recorded: only what the kind uses, validated. */
    static ChangeTerms checked(ChangeKind kind, ChangeTerms terms, LedgerCurrency ledger) {
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
        };
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
