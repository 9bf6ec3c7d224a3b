package dev.accord.app.history;

import dev.accord.app.portfolio.PortfolioFold;
import dev.accord.app.portfolio.PortfolioInMemory;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.project.api.ProjectProposed;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fiscal year's portfolio at an instant, folded from the year's Portfolio stream and the streams of the projects
 * proposed for that year through the live read model's own {@link PortfolioFold}, into its rows kept in memory. Which
 * projects those are is read from the projects' first events themselves.
 */
@Component
class PortfolioHistory {

    private final EventStore events;
    private final JdbcClient jdbc;
    private final String ledgerCurrency;

    PortfolioHistory(EventStore events, JdbcClient jdbc, @Value("${accord.currency}") String ledgerCurrency) {
        this.events = events;
        this.jdbc = jdbc;
        this.ledgerCurrency = ledgerCurrency;
    }

    PortfolioSummary asOf(int fiscalYear, Instant instant) {
        PortfolioInMemory rows = new PortfolioInMemory();
        PortfolioFold fold = new PortfolioFold(rows);
        // Projects first, then the year: not the store's order, but the same rows. A year's events touch only the
        // year's row, but for an allocation, which needs its project's row, made by the project's first event; a
        // project's events touch only its own rows.
        for (String projectId : projectStreams()) {
            DomainEventStream stream = events.readEvents(projectId, 0);
            if (!stream.hasNext()
                    || stream.peek().getTimestamp().isAfter(instant)
                    || !(stream.peek().getPayload() instanceof ProjectProposed proposal)
                    || proposal.fiscalYear() != fiscalYear) {
                continue;
            }
            foldUntil(stream, instant, fold::apply);
        }
        foldUntil(events.readEvents(Integer.toString(fiscalYear), 0), instant, fold::apply);
        return rows.summary(fiscalYear, ledgerCurrency);
    }

    /**
     * The year's approval rules at an instant: those in force and the request awaiting approval then, from the year's
     * own stream (a request opens, a decision either way closes it; only one is ever open).
     */
    YearApprovalRules approvalRulesAsOf(int fiscalYear, Instant instant) {
        YearApprovalRules[] rules = {new YearApprovalRules(fiscalYear, ApprovalRules.DEFAULT, null, null, null)};
        foldUntil(events.readEvents(Integer.toString(fiscalYear), 0), instant, event -> {
            YearApprovalRules was = rules[0];
            if (event instanceof ApprovalRulesRequested requested) {
                rules[0] = new YearApprovalRules(
                        fiscalYear,
                        was.inForce(),
                        requested.changeId(),
                        requested.rules(),
                        requested.requestedBy().userId());
            } else if (event instanceof ApprovalRulesSet set) {
                rules[0] = new YearApprovalRules(fiscalYear, set.rules(), null, null, null);
            } else if (event instanceof ApprovalRulesRejected) {
                rules[0] = new YearApprovalRules(fiscalYear, was.inForce(), null, null, null);
            }
        });
        return rules[0];
    }

    /** Every project's stream, known by its first event: the project aggregate's stream starts with its proposal. */
    private List<String> projectStreams() {
        return jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE sequence_number = 0 "
                        + "AND type = 'Project' ORDER BY global_index")
                .query(String.class)
                .list();
    }

    private static void foldUntil(DomainEventStream stream, Instant instant, Consumer<Object> fold) {
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(instant)) {
            DomainEventMessage<?> message = stream.next();
            fold.accept(message.getPayload());
        }
    }
}
