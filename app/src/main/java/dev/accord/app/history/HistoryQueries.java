package dev.accord.app.history;

import dev.accord.domain.history.api.DecisionContext;
import dev.accord.domain.history.api.FindApprovalRulesAsOf;
import dev.accord.domain.history.api.FindDecisionContext;
import dev.accord.domain.history.api.FindPortfolioAsOf;
import dev.accord.domain.history.api.FindProjectAsOf;
import dev.accord.domain.history.api.FindProjectAtStep;
import dev.accord.domain.history.api.ProjectAtStep;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.project.api.ProjectDetail;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers questions about the past from the event streams (see {@link ProjectHistory}). */
@Component
class HistoryQueries {

    private final ProjectHistory projects;
    private final PortfolioHistory portfolios;

    HistoryQueries(ProjectHistory projects, PortfolioHistory portfolios) {
        this.projects = projects;
        this.portfolios = portfolios;
    }

    @QueryHandler
    Optional<ProjectDetail> handle(FindProjectAsOf query) {
        return projects.asOf(query.projectId(), query.asOf()).map(ProjectFold::project);
    }

    @QueryHandler
    Optional<ProjectAtStep> handle(FindProjectAtStep query) {
        return projects.atStep(query.projectId(), query.sequence())
                .map(fold -> new ProjectAtStep(
                        fold.lastSequence(),
                        projects.lastSequence(query.projectId()),
                        fold.lastRecordedAt(),
                        fold.project()));
    }

    @QueryHandler
    Optional<DecisionContext> handle(FindDecisionContext query) {
        return projects.stepAndNow(query.projectId(), query.sequence())
                .flatMap(found -> Decisions.context(found.step(), found.now().project()));
    }

    @QueryHandler
    PortfolioSummary handle(FindPortfolioAsOf query) {
        return portfolios.asOf(query.fiscalYear(), query.asOf());
    }

    @QueryHandler
    YearApprovalRules handle(FindApprovalRulesAsOf query) {
        return portfolios.approvalRulesAsOf(query.fiscalYear(), query.asOf());
    }
}
