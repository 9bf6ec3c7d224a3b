package dev.accord.app.retrospective;

import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.retrospective.api.FindProjectRetrospective;
import dev.accord.domain.retrospective.api.FindYearRetrospective;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retrospectives, computed on request from the events rather than kept in a read model of their own: a
 * retrospective needs when every step was recorded and by whom, which only the events hold in full, and
 * replaying one project's stream is cheap. Two facts come from the portfolio read model because it holds exactly
 * them: which projects belong to a fiscal year, and the year's budget and allocated total.
 */
@Component
class RetrospectiveQueries {

    private final ProjectStreams streams;
    private final JdbcClient jdbc;
    private final QueryGateway queries;
    private final String ledgerCurrency;

    RetrospectiveQueries(
            ProjectStreams streams,
            JdbcClient jdbc,
            @Lazy QueryGateway queries,
            @Value("${accord.currency}") String ledgerCurrency) {
        this.streams = streams;
        this.jdbc = jdbc;
        this.queries = queries;
        this.ledgerCurrency = ledgerCurrency;
    }

    @QueryHandler
    Optional<ProjectRetrospective> handle(FindProjectRetrospective query) {
        return streams.of(query.projectId()).map(ProjectLookBack::of);
    }

    @QueryHandler
    YearRetrospective handle(FindYearRetrospective query) {
        int fiscalYear = query.fiscalYear();
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new InvalidInputException("fiscalYear", "The fiscal year must be between 2000 and 2100");
        }
        List<UUID> ids = jdbc.sql("SELECT project_id FROM portfolio_project WHERE fiscal_year = ? ORDER BY title")
                .param(fiscalYear)
                .query(UUID.class)
                .list();
        List<ProjectRetrospective> projects = ids.stream()
                .map(streams::of)
                .flatMap(Optional::stream)
                .map(ProjectLookBack::of)
                .toList();
        PortfolioSummary portfolio = queries.query(
                        new FindPortfolio(fiscalYear), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join();
        return new YearLookBack(fiscalYear, ledgerCurrency).of(portfolio.budget(), portfolio.allocated(), projects);
    }
}
