package dev.accord.app.approvals;

import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A requested change of a fiscal year itself, as the inbox keeps it: the budget it names, or the approval rules or
 * ranking weights it proposes in words.
 */
record YearChange(
        int fiscalYear,
        UUID changeId,
        YearChangeKind kind,
        Money budget,
        String proposal,
        String rationale,
        Actor requestedBy,
        Instant requestedAt) {

    static YearChange of(YearBudgetRequested event, Instant at) {
        return new YearChange(
                event.fiscalYear(),
                event.changeId(),
                YearChangeKind.YEAR_BUDGET,
                event.budget(),
                null,
                event.rationale(),
                event.requestedBy(),
                at);
    }

    static YearChange of(ApprovalRulesRequested event, Instant at) {
        return new YearChange(
                event.fiscalYear(),
                event.changeId(),
                YearChangeKind.APPROVAL_RULES,
                null,
                event.rules().describe(),
                event.rationale(),
                event.requestedBy(),
                at);
    }

    static YearChange of(RankingWeightsRequested event, Instant at) {
        return new YearChange(
                event.fiscalYear(),
                event.changeId(),
                YearChangeKind.RANKING_WEIGHTS,
                null,
                event.weights().toString(),
                event.rationale(),
                event.requestedBy(),
                at);
    }
}
