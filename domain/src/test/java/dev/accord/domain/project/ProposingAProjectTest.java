package dev.accord.domain.project;

import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposingAProjectTest {

    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);

    private final UUID projectId = UUID.randomUUID();
    private final UUID initialChange = UUID.randomUUID();
    private FixtureConfiguration<Project> fixture;

    private ProposeProject propose(String title, String description, Money budget, Actor actor) {
        return new ProposeProject(
                projectId, initialChange, title, description, null, null, null, null, budget, 2026, actor, null);
    }

    private ProposeProject proposeAnother(String title, String description, Money budget, Actor actor) {
        return new ProposeProject(
                UUID.randomUUID(),
                UUID.randomUUID(),
                title,
                description,
                null,
                null,
                null,
                null,
                budget,
                2026,
                actor,
                null);
    }

    @Test
    void theProposalKeepsSponsorDepartmentProcessesAndObjectives() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(
                        projectId,
                        initialChange,
                        "Customer portal",
                        "Rebuild",
                        " CMO ",
                        List.of("self-service", " "),
                        List.of("retention"),
                        List.of("one login"),
                        Money.of("300000", "EUR"),
                        2027,
                        IVO,
                        " Customer service "))
                .expectEvents(
                        new ProjectProposed(
                                projectId,
                                "Customer portal",
                                "Rebuild",
                                "CMO",
                                List.of("self-service"),
                                List.of("retention"),
                                List.of("one login"),
                                Money.of("300000", "EUR"),
                                2027,
                                IVO,
                                "Customer service"),
                        new ChangeRequested(
                                projectId,
                                initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                ChangeTerms.budget(Money.of("300000", "EUR")),
                                "Initial budget of the proposal",
                                IVO));
    }

    @Test
    void theFiscalYearMustBePlausible() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(
                        projectId,
                        initialChange,
                        "Portal",
                        "",
                        null,
                        null,
                        null,
                        null,
                        Money.of("1", "EUR"),
                        1999,
                        IVO,
                        null))
                .expectException(RefusedInputMatcher.on("fiscalYear"));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(ReminderPolicy.standard());
        fixture.registerInjectableResource(ProjectFixture.LEDGER);
        // The proposal records the year's approval rules, read through the fiscal years' portfolios (none here).
        fixture.registerInjectableResource(ProjectFixture.portfoliosOf(new InMemoryEventStorageEngine()));
    }

    @Test
    void anItMemberProposesAProject() {
        fixture.givenNoPriorActivity()
                .when(propose("ERP upgrade", "Move to the vendor's current release", Money.of("120000.00", "EUR"), IDA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ProjectProposed(
                                projectId,
                                "ERP upgrade",
                                "Move to the vendor's current release",
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                Money.of("120000.00", "EUR"),
                                2026,
                                IDA,
                                null),
                        new ChangeRequested(
                                projectId,
                                initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                ChangeTerms.budget(Money.of("120000.00", "EUR")),
                                "Initial budget of the proposal",
                                IDA));
    }

    @Test
    void aFinanceMemberMayProposeToo() {
        fixture.givenNoPriorActivity()
                .when(propose("Expense tool", "", Money.of("5000", "EUR"), FAY))
                .expectEvents(
                        new ProjectProposed(
                                projectId,
                                "Expense tool",
                                "",
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                Money.of("5000", "EUR"),
                                2026,
                                FAY,
                                null),
                        new ChangeRequested(
                                projectId,
                                initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                ChangeTerms.budget(Money.of("5000", "EUR")),
                                "Initial budget of the proposal",
                                FAY));
    }

    @Test
    void theTitleIsRecordedWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(propose("  Zero trust  ", null, Money.of("10", "EUR"), IDA))
                .expectEvents(
                        new ProjectProposed(
                                projectId,
                                "Zero trust",
                                "",
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                Money.of("10", "EUR"),
                                2026,
                                IDA,
                                null),
                        new ChangeRequested(
                                projectId,
                                initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                ChangeTerms.budget(Money.of("10", "EUR")),
                                "Initial budget of the proposal",
                                IDA));
    }

    @Test
    void aViewerMayNotPropose() {
        fixture.givenNoPriorActivity()
                .when(propose("Data warehouse", "", Money.of("1000", "EUR"), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} ''{1}'' is refused on {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "blank title        | '   '   | 100.00            | EUR | title",
                "empty title        | ''      | 100.00            | EUR | title",
                "zero amount        | ERP     | 0                 | EUR | requestedBudget.amount",
                "negative amount    | ERP     | -5.00             | EUR | requestedBudget.amount",
                "three decimals     | ERP     | 10.005            | EUR | requestedBudget.amount",
                "over 10^12         | ERP     | 1000000000000.01  | EUR | requestedBudget.amount",
                "unknown currency   | ERP     | 100.00            | XYZ | requestedBudget.currency",
                "lower-case code    | ERP     | 100.00            | eur | requestedBudget.currency",
            })
    void badInputIsRefusedNamingTheField(String what, String title, String amount, String currency, String field) {
        fixture.givenNoPriorActivity()
                .when(propose(title, "", new Money(new BigDecimal(amount), currency), IDA))
                .expectException(RefusedInputMatcher.on(field))
                .expectNoEvents();
    }

    @Test
    void aTitleOfTwoHundredCharactersIsAcceptedButNotOneMore() {
        String longest = "T".repeat(200);
        fixture.givenNoPriorActivity()
                .when(propose(longest, "", Money.of("1", "EUR"), IDA))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(proposeAnother(longest + "T", "", Money.of("1", "EUR"), IDA))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aDescriptionOverTenThousandCharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(propose("ERP", "d".repeat(10_001), Money.of("1", "EUR"), IDA))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aMissingBudgetIsRefused() {
        fixture.givenNoPriorActivity()
                .when(propose("ERP", "", null, IDA))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aProposalWithoutADepartmentRecordsNone() {
        fixture.givenNoPriorActivity()
                .when(proposeFor("  "))
                .expectEvents(
                        new ProjectProposed(
                                projectId,
                                "ERP",
                                "",
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                Money.of("1000", "EUR"),
                                2026,
                                IDA,
                                null),
                        new ChangeRequested(
                                projectId,
                                initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                ChangeTerms.budget(Money.of("1000", "EUR")),
                                "Initial budget of the proposal",
                                IDA));
    }

    @Test
    void aDepartmentAsLongAsItsColumnIsAcceptedButNotOneCharacterMore() {
        String longest = "D".repeat(ProposalRules.DEPARTMENT_MAX_LENGTH);
        fixture.givenNoPriorActivity().when(proposeFor(longest)).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(proposeFor(longest + "D"))
                .expectException(RefusedInputMatcher.on("department"))
                .expectNoEvents();
    }

    @Test
    void aDepartmentIsOneLineOfText() {
        fixture.givenNoPriorActivity()
                .when(proposeFor("Sales\nand marketing"))
                .expectException(RefusedInputMatcher.on("department"))
                .expectNoEvents();
    }

    private ProposeProject proposeFor(String department) {
        return new ProposeProject(
                projectId,
                initialChange,
                "ERP",
                "",
                null,
                null,
                null,
                null,
                Money.of("1000", "EUR"),
                2026,
                IDA,
                department);
    }
}
