package dev.accord.domain.scenario;

import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/** A year's projects as scenarios weigh them, made the way the portfolio ranks them. */
final class Candidates {

    private Candidates() {}

    /** A proposal: it holds nothing of the year yet, and its budget now is what it asks for. */
    static ScenarioCandidate proposed(int rank, String title, String requested, CashFlowPlan plan) {
        return candidate(rank, title, ProjectStatus.PROPOSED, requested, "0", plan);
    }

    /** A project under way holds its approved budget. */
    static ScenarioCandidate active(int rank, String title, String approved, CashFlowPlan plan) {
        return candidate(rank, title, ProjectStatus.ACTIVE, approved, approved, plan);
    }

    /** A completed project holds what it spent. */
    static ScenarioCandidate completed(int rank, String title, String spent) {
        return candidate(rank, title, ProjectStatus.COMPLETED, spent, spent, null);
    }

    static CashFlowPlan plan(String oneTime, String recurring, String benefit, int years) {
        return new CashFlowPlan(new BigDecimal(oneTime), new BigDecimal(recurring), new BigDecimal(benefit), years);
    }

    /** To the cent, as the scenario's rules record it. */
    static ScenarioProject at(ScenarioCandidate candidate, String amount) {
        return new ScenarioProject(
                candidate.projectId(), eur(new BigDecimal(amount).setScale(2).toPlainString()));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static ScenarioCandidate candidate(
            int rank, String title, ProjectStatus status, String budget, String allocated, CashFlowPlan plan) {
        RankedProject ranked = new RankedProject(
                rank,
                UUID.randomUUID(),
                title,
                status,
                eur(budget),
                eur(allocated),
                eur("0"),
                null,
                null,
                null,
                true,
                null,
                null,
                null);
        return new ScenarioCandidate(
                ranked, eur(budget), status == ProjectStatus.PROPOSED ? UUID.randomUUID() : null, plan);
    }
}
