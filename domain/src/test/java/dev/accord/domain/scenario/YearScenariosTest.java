package dev.accord.domain.scenario;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.instanceOf;

import dev.accord.domain.project.api.ProjectStanding;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.scenario.api.DiscardScenario;
import dev.accord.domain.scenario.api.ReviseScenario;
import dev.accord.domain.scenario.api.SaveScenario;
import dev.accord.domain.scenario.api.ScenarioDiscarded;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.scenario.api.ScenarioRevised;
import dev.accord.domain.scenario.api.ScenarioSaved;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fiscal year's what-if scenarios: saved by name by either side, unique within the year, naming the year's projects
 * whose budget can still move with a positive amount in the ledger's currency; revised as a next version, discarded
 * with their history kept. A scenario decides nothing.
 */
class YearScenariosTest {

    private static final int YEAR = 2027;
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);

    private static final UUID CRM = UUID.randomUUID();
    private static final UUID ERP = UUID.randomUUID();
    private static final UUID LAST_YEARS = UUID.randomUUID();
    private static final UUID CANCELLED = UUID.randomUUID();
    private static final Map<UUID, ProjectStanding> PROJECTS = Map.of(
            CRM, new ProjectStanding(CRM, YEAR, ProjectStatus.PROPOSED, "EUR"),
            ERP, new ProjectStanding(ERP, YEAR, ProjectStatus.ACTIVE, "EUR"),
            LAST_YEARS, new ProjectStanding(LAST_YEARS, YEAR - 1, ProjectStatus.PROPOSED, "EUR"),
            CANCELLED, new ProjectStanding(CANCELLED, YEAR, ProjectStatus.CANCELLED, "EUR"));

    private final FixtureConfiguration<YearScenarios> fixture = new AggregateTestFixture<>(YearScenarios.class);
    private final UUID lean = UUID.randomUUID();
    private final UUID bold = UUID.randomUUID();

    @BeforeEach
    void projectsOnRecord() {
        fixture.registerInjectableResource((ProjectLookup) id -> Optional.ofNullable(PROJECTS.get(id)));
    }

    @Test
    void aMemberOfEitherSideSavesAScenario() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(
                        YEAR, lean, "  Lean 2027 ", List.of(at(CRM, "400000"), at(ERP, "250000.5")), IDA))
                .expectEvents(new ScenarioSaved(
                        YEAR, lean, "Lean 2027", List.of(at(CRM, "400000.00"), at(ERP, "250000.50")), IDA));
    }

    @Test
    void aViewerReadsScenariosButDoesNotSaveThem() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CRM, "400000")), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aScenarioNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, " ", List.of(at(CRM, "400000")), IDA))
                .expectException(refusedOn("name"))
                .expectNoEvents();
    }

    @Test
    void aNameIsUniqueWithinTheYearWhateverItsCase() {
        fixture.given(saved(lean, "Lean", IDA))
                .when(new SaveScenario(YEAR, bold, "LEAN ", List.of(at(ERP, "300000")), FAY))
                .expectException(refusedOn("name"))
                .expectNoEvents();
    }

    @Test
    void aDiscardedScenariosNameMayBeUsedAgain() {
        fixture.given(saved(lean, "Lean", IDA), new ScenarioDiscarded(YEAR, lean, 1, "Lean", FAY))
                .when(new SaveScenario(YEAR, bold, "Lean", List.of(at(ERP, "300000")), FAY))
                .expectEvents(new ScenarioSaved(YEAR, bold, "Lean", List.of(at(ERP, "300000.00")), FAY));
    }

    @Test
    void aScenarioChoosesAtLeastOneProject() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Nothing", List.of(), IDA))
                .expectException(refusedOn("projects"))
                .expectNoEvents();
    }

    @Test
    void anAmountIsPositive() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CRM, "400000"), at(ERP, "0")), IDA))
                .expectException(refusedOn("projects[1].amount.amount"))
                .expectNoEvents();
    }

    @Test
    void anAmountHasAtMostTwoDecimals() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CRM, "400000.001")), IDA))
                .expectException(refusedOn("projects[0].amount.amount"))
                .expectNoEvents();
    }

    @Test
    void anAmountIsInTheCurrencyTheProjectIsKeptIn() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(
                        YEAR, lean, "Lean", List.of(new ScenarioProject(CRM, Money.of("400000", "USD"))), IDA))
                .expectException(refusedOn("projects[0].amount.currency"))
                .expectNoEvents();
    }

    @Test
    void everyProjectExists() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(UUID.randomUUID(), "400000")), IDA))
                .expectException(refusedOn("projects[0].projectId"))
                .expectNoEvents();
    }

    @Test
    void everyProjectBelongsToTheYear() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CRM, "1"), at(LAST_YEARS, "400000")), IDA))
                .expectException(refusedOn("projects[1].projectId"))
                .expectNoEvents();
    }

    @Test
    void aClosedProjectsBudgetNoLongerMoves() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CANCELLED, "400000")), IDA))
                .expectException(refusedOn("projects[0].projectId"))
                .expectNoEvents();
    }

    @Test
    void aProjectIsChosenOnce() {
        fixture.givenNoPriorActivity()
                .when(new SaveScenario(YEAR, lean, "Lean", List.of(at(CRM, "1"), at(CRM, "2")), IDA))
                .expectException(refusedOn("projects[1].projectId"))
                .expectNoEvents();
    }

    @Test
    void eitherSideRevisesAScenarioAsItsNextVersion() {
        fixture.given(saved(lean, "Lean", IDA))
                .when(new ReviseScenario(YEAR, lean, 1, "Leaner", List.of(at(CRM, "350000")), FAY))
                .expectEvents(new ScenarioRevised(YEAR, lean, 2, "Leaner", List.of(at(CRM, "350000.00")), FAY))
                .expectResultMessagePayload(2);
    }

    @Test
    void aRevisionKeepsItsOwnName() {
        fixture.given(saved(lean, "Lean", IDA))
                .when(new ReviseScenario(YEAR, lean, 1, "lean", List.of(at(CRM, "350000")), FAY))
                .expectEvents(new ScenarioRevised(YEAR, lean, 2, "lean", List.of(at(CRM, "350000.00")), FAY));
    }

    @Test
    void aRevisionMayNotTakeAnotherScenariosName() {
        fixture.given(saved(lean, "Lean", IDA), saved(bold, "Bold", FAY))
                .when(new ReviseScenario(YEAR, bold, 1, "Lean", List.of(at(CRM, "350000")), FAY))
                .expectException(refusedOn("name"))
                .expectNoEvents();
    }

    @Test
    void aRevisionOfAVersionSavedOverSinceIsRefused() {
        fixture.given(
                        saved(lean, "Lean", IDA),
                        new ScenarioRevised(YEAR, lean, 2, "Lean", List.of(at(ERP, "1.00")), FAY))
                .when(new ReviseScenario(YEAR, lean, 1, "Lean", List.of(at(CRM, "350000")), IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownScenarioIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ReviseScenario(YEAR, lean, 1, "Lean", List.of(at(CRM, "350000")), IDA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aDiscardKeepsTheHistoryAndEndsTheScenario() {
        fixture.given(saved(lean, "Lean", IDA))
                .when(new DiscardScenario(YEAR, lean, 1, FAY))
                .expectEvents(new ScenarioDiscarded(YEAR, lean, 1, "Lean", FAY));
    }

    @Test
    void aDiscardedScenarioIsNotRevised() {
        fixture.given(saved(lean, "Lean", IDA), new ScenarioDiscarded(YEAR, lean, 1, "Lean", FAY))
                .when(new ReviseScenario(YEAR, lean, 1, "Lean", List.of(at(CRM, "350000")), IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aViewerDoesNotDiscard() {
        fixture.given(saved(lean, "Lean", IDA))
                .when(new DiscardScenario(YEAR, lean, 1, VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    private static ScenarioSaved saved(UUID id, String name, Actor by) {
        return new ScenarioSaved(YEAR, id, name, List.of(at(CRM, "400000.00")), by);
    }

    private static ScenarioProject at(UUID project, String amount) {
        return new ScenarioProject(project, Money.of(amount, "EUR"));
    }

    private static Matcher<Throwable> refusedOn(String field) {
        return allOf(instanceOf(InvalidInputException.class), new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable refusal) {
                return refusal instanceof InvalidInputException invalid && field.equals(invalid.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("input refused on field ").appendValue(field);
            }
        });
    }
}
