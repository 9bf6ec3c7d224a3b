package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.delegation.InMemoryDelegations;
import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Shared givens for the project's rules: a fixture with the fiscal years' {@link Portfolios} to hand for the
 * handlers that take it, and the year's portfolio in a store of its own (the fixture records one aggregate's events).
 */
final class ProjectFixture {

    static final int YEAR = 2026;
    static final ReminderPolicy REMINDERS = ReminderPolicy.standard();
    /** The ledger keeps euros, as the demo's does. */
    static final LedgerCurrency LEDGER = new LedgerCurrency("EUR");

    final UUID projectId = UUID.randomUUID();
    final UUID initialChange = UUID.randomUUID();
    final FixtureConfiguration<Project> fixture = new AggregateTestFixture<>(Project.class);
    final EmbeddedEventStore portfolioStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    /** The delegations a decision on behalf of someone consults; a test adds those it needs. */
    final InMemoryDelegations delegations = new InMemoryDelegations();

    private long portfolioSequence;

    ProjectFixture() {
        fixture.registerInjectableResource(portfoliosOf(portfolioStore));
        fixture.registerInjectableResource(REMINDERS);
        fixture.registerInjectableResource(LEDGER);
        fixture.registerInjectableResource(delegations);
    }

    static Portfolios portfoliosOf(EventStorageEngine storage) {
        return portfoliosOf(EmbeddedEventStore.builder().storageEngine(storage).build());
    }

    /**
     * The ledger records no business-case rule with the changes these tests open, as before the rule existed, so
     * that each rule is tested on its own; BusinessCaseApprovalTest tests the business case.
     */
    private static Portfolios portfoliosOf(EmbeddedEventStore store) {
        return new Portfolios(
                EventSourcingRepository.builder(Portfolio.class)
                        .eventStore(store)
                        .build(),
                null);
    }

    /** The year's portfolios with the ledger's default business-case rule. */
    static Portfolios portfoliosWithDefaultBusinessCase() {
        return new Portfolios(EventSourcingRepository.builder(Portfolio.class)
                .eventStore(EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine())
                        .build())
                .build());
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    ProjectProposed proposed(String budget) {
        return new ProjectProposed(
                projectId,
                "ERP upgrade",
                "Move to the current release",
                "COO",
                List.of("order to cash"),
                List.of("margin"),
                List.of("fewer systems"),
                eur(budget),
                YEAR,
                IDA,
                null);
    }

    ChangeRequested initialBudgetRequested(String budget) {
        return new ChangeRequested(
                projectId,
                initialChange,
                ChangeKind.INITIAL_BUDGET,
                ChangeTerms.budget(eur(budget)),
                "Initial budget of the proposal",
                IDA);
    }

    /** Proposed by Ida (IT) for the given budget, not yet decided. */
    List<Object> proposal(String budget) {
        return List.of(proposed(budget), initialBudgetRequested(budget));
    }

    /** Proposed by Ida and approved by Fay (Finance) and Ivo (IT): active with that budget. */
    List<Object> active(String budget) {
        List<Object> events = new ArrayList<>(proposal(budget));
        events.add(new ChangeApproved(
                projectId, initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur(budget)), "", FAY));
        events.add(new ChangeApproved(
                projectId, initialChange, ChangeKind.INITIAL_BUDGET, 1, ChangeTerms.budget(eur(budget)), "", IVO));
        events.add(new ChangeTookEffect(
                projectId,
                initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur(budget)),
                null,
                ProjectStatus.PROPOSED,
                ProjectStatus.ACTIVE,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                IVO));
        return events;
    }

    /** Puts events of the fiscal year's portfolio in its store, as if they had happened before. */
    void givenPortfolio(Object... events) {
        for (Object event : events) {
            portfolioStore.publish(
                    new GenericDomainEventMessage<>("Portfolio", Portfolio.idOf(YEAR), portfolioSequence++, event));
        }
    }

    List<Object> portfolioEvents() {
        List<Object> payloads = new ArrayList<>();
        portfolioStore
                .readEvents(Portfolio.idOf(YEAR))
                .asStream()
                .forEach(message -> payloads.add(message.getPayload()));
        return payloads;
    }
}
