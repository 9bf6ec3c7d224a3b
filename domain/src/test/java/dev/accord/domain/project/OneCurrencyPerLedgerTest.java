package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's money: one currency per ledger. The ledger keeps euros here ({@link ProjectFixture#LEDGER}); a figure
 * in any other currency is refused naming its currency field, and nothing is recorded. A project proposed in another
 * currency before the ledger held to one stays readable, and takes no new figures.
 */
class OneCurrencyPerLedgerTest {

    private static final Instant TODAY = Instant.parse("2026-05-15T12:00:00Z");

    private final ProjectFixture f = new ProjectFixture();

    @Test
    void aProposalInAnotherCurrencyIsRefused() {
        f.fixture
                .givenNoPriorActivity()
                .when(ProposeProject.of(f.projectId, "ERP upgrade", "", Money.of("120000", "USD"), 2026, IDA))
                .expectException(RefusedInputMatcher.on("requestedBudget.currency"))
                .expectNoEvents();
    }

    @Test
    void anEstimateInAnotherCurrencyIsRefused() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new SubmitEstimate(
                        f.projectId, eur("80000"), eur("10000"), 5, eur("70000"), Money.of("95000", "JPY"), "", IDA))
                .expectException(RefusedInputMatcher.on("high.currency"))
                .expectNoEvents();
    }

    @Test
    void actualsInAnotherCurrencyAreRefused() {
        f.fixture
                .givenCurrentTime(TODAY)
                .andGiven(f.active("100000"))
                .when(new RecordActuals(f.projectId, YearMonth.of(2026, 4), null, Money.of("3000", "GBP"), null, FAY))
                .expectException(RefusedInputMatcher.on("spend.currency"))
                .expectNoEvents();
    }

    @Test
    void aBudgetChangeInAnotherCurrencyIsRefused() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId,
                        UUID.randomUUID(),
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(Money.of("150000", "USD")),
                        "More licences",
                        IDA))
                .expectException(RefusedInputMatcher.on("budget.currency"))
                .expectNoEvents();
    }

    @Test
    void aProjectRecordedInAnotherCurrencyStaysReadableAndGoesOnWithoutFigures() {
        UUID comment = UUID.randomUUID();
        f.fixture
                .given(proposedAndApprovedIn("USD"))
                .when(new AddComment(f.projectId, comment, CommentSubject.project(), "Still in dollars", FAY))
                .expectEvents(
                        new CommentAdded(f.projectId, comment, CommentSubject.project(), "Still in dollars", FAY));
    }

    @Test
    void aProjectRecordedInAnotherCurrencyTakesNoNewFiguresInItsOwn() {
        f.fixture
                .given(proposedAndApprovedIn("USD"))
                .when(new SubmitEstimate(
                        f.projectId,
                        Money.of("80000", "USD"),
                        Money.of("0", "USD"),
                        5,
                        Money.of("70000", "USD"),
                        Money.of("95000", "USD"),
                        "",
                        IDA))
                .expectException(RefusedInputMatcher.on("oneTimeCost.currency"))
                .expectNoEvents();
    }

    // Euros would be added to its dollars as if they were dollars.
    @Test
    void aProjectRecordedInAnotherCurrencyTakesNoNewFiguresInTheLedgers() {
        f.fixture
                .given(proposedAndApprovedIn("USD"))
                .when(new SubmitEstimate(f.projectId, eur("80000"), eur("0"), 5, eur("70000"), eur("95000"), "", IDA))
                .expectException(RefusedInputMatcher.on("oneTimeCost.currency"))
                .expectNoEvents();
    }

    /** A history recorded before the ledger held to one currency: proposed and approved in {@code currency}. */
    private List<Object> proposedAndApprovedIn(String currency) {
        Money budget = Money.of("100000", currency);
        ChangeTerms terms = ChangeTerms.budget(budget);
        return List.of(
                new ProjectProposed(
                        f.projectId,
                        "Data warehouse",
                        "",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        budget,
                        ProjectFixture.YEAR,
                        IDA,
                        null),
                new ChangeRequested(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        terms,
                        "Initial budget of the proposal",
                        IDA),
                new ChangeApproved(f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, terms, "", FAY),
                new ChangeApproved(f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, terms, "", IVO),
                new ChangeTookEffect(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        terms,
                        null,
                        ProjectStatus.PROPOSED,
                        ProjectStatus.ACTIVE,
                        List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                        IVO));
    }
}
