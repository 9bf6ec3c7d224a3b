package dev.accord.domain.project;

import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.UUID;

class ProposingAProjectTest {

    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);

    private final UUID projectId = UUID.randomUUID();
    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void anItMemberProposesAProject() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "ERP upgrade", "Move to the vendor's current release",
                        Money.of("120000.00", "EUR"), IDA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProjectProposed(projectId, "ERP upgrade", "Move to the vendor's current release",
                        Money.of("120000.00", "EUR"), IDA));
    }

    @Test
    void aFinanceMemberMayProposeToo() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "Expense tool", "", Money.of("5000", "EUR"), FAY))
                .expectEvents(new ProjectProposed(projectId, "Expense tool", "", Money.of("5000", "EUR"), FAY));
    }

    @Test
    void theTitleIsRecordedWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "  Zero trust  ", null, Money.of("10", "EUR"), IDA))
                .expectEvents(new ProjectProposed(projectId, "Zero trust", "", Money.of("10", "EUR"), IDA));
    }

    @Test
    void aViewerMayNotPropose() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "Data warehouse", "", Money.of("1000", "EUR"), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} ''{1}'' is refused on {2}")
    @CsvSource(delimiter = '|', value = {
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
                .when(new ProposeProject(projectId, title, "", new Money(new BigDecimal(amount), currency), IDA))
                .expectException(RefusedInput.on(field))
                .expectNoEvents();
    }

    @Test
    void aTitleOfTwoHundredCharactersIsAcceptedButNotOneMore() {
        String longest = "T".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, longest, "", Money.of("1", "EUR"), IDA))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(UUID.randomUUID(), longest + "T", "", Money.of("1", "EUR"), IDA))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aDescriptionOverTenThousandCharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "ERP", "d".repeat(10_001), Money.of("1", "EUR"), IDA))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aMissingBudgetIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProject(projectId, "ERP", "", null, IDA))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
