package dev.accord.domain.project;

import static dev.accord.domain.project.Answers.rated;
import static dev.accord.domain.project.EventMatchers.event;
import static dev.accord.domain.project.EventMatchers.exactly;
import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.eur;
import static org.hamcrest.Matchers.instanceOf;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCostBasis;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's "what is approved is what was shown": an approval records the business case it was given on, refuses a
 * stale one, is voided by new figures, and a budget change the year's rule names takes effect only with a complete
 * business case.
 */
class BusinessCaseApprovalTest {

    private static final String BUDGET = "120000.00";
    private static final ApprovalBasis COMPLETE = new ApprovalBasis(2, 1, 1);

    private final ProjectFixture f = new ProjectFixture();

    @Test
    void anApprovalRecordsTheFiguresItWasGivenOn() {
        f.fixture
                .given(withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT)))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "Fits", FAY, null, COMPLETE))
                .expectEvents(approved(FAY, COMPLETE, "Fits"));
    }

    @Test
    void anApprovalOnFiguresThatChangedSinceIsRefused() {
        f.fixture
                .given(withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT)))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, null, FAY, null, new ApprovalBasis(0, 1, 0)))
                .expectException(ConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("The figures changed since you looked"))
                .expectNoEvents();
    }

    @Test
    void aNewEstimateVoidsTheApprovalsGivenOnTheOldOne() {
        List<Object> given = withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT));
        given.add(approved(FAY, COMPLETE, ""));
        f.fixture
                .given(given)
                .when(new SubmitEstimate(
                        f.projectId, eur("90000"), eur("10000"), 5, eur("80000"), eur("99000"), "", IVO))
                .expectEventsMatching(exactly(
                        instanceOf(EstimateSubmitted.class),
                        event(voided("a new IT estimate arrived", new ApprovalBasis(2, 3, 1), IVO))));
    }

    @Test
    void aRevisedRoiCaseVoidsTheApprovalsGivenOnTheOldOne() {
        List<Object> given = withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT));
        given.add(approved(FAY, COMPLETE, ""));
        f.fixture
                .given(given)
                .when(new RecordRoiCase(f.projectId, List.of(benefit()), FINN))
                .expectEventsMatching(exactly(
                        instanceOf(RoiCaseRecorded.class),
                        event(voided("the ROI case was revised", new ApprovalBasis(2, 1, 2), FINN))));
    }

    @Test
    void newFiguresForAChangeWithoutApprovalsVoidNothing() {
        f.fixture
                .given(withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT)))
                .when(new SubmitEstimate(
                        f.projectId, eur("90000"), eur("10000"), 5, eur("80000"), eur("99000"), "", IVO))
                .expectEventsMatching(exactly(instanceOf(EstimateSubmitted.class)));
    }

    @Test
    void theVoidedApproverMayApproveTheSameVersionAgainOnTheNewFigures() {
        List<Object> given = withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT));
        given.add(approved(FAY, COMPLETE, ""));
        ApprovalBasis now = new ApprovalBasis(2, 3, 1);
        given.add(itsEstimate(3));
        given.add(voided("a new IT estimate arrived", now, IVO));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FAY, null, now))
                .expectEvents(approved(FAY, now, ""));
    }

    @Test
    void byDefaultAnInitialBudgetWithoutABusinessCaseIsApprovedButDoesNotTakeEffect() {
        List<Object> given = proposedUnder(BusinessCaseRule.DEFAULT);
        given.add(approved(FAY, ApprovalBasis.NONE, ""));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IVO))
                .expectEvents(approved(IVO, ApprovalBasis.NONE, ""))
                .expectResultMessagePayload(false);
    }

    @Test
    void withACompleteBusinessCaseTheLastApprovalTakesEffect() {
        List<Object> given = withCompleteCase(proposedUnder(BusinessCaseRule.DEFAULT));
        given.add(approved(FAY, COMPLETE, ""));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IVO, null, COMPLETE))
                .expectEvents(approved(IVO, COMPLETE, ""), tookEffect(IVO))
                .expectResultMessagePayload(true);
    }

    @Test
    void aHeldChangeTakesEffectOnceTheAssessmentCompletesIt() {
        List<Object> given = withFiguresOnly(proposedUnder(BusinessCaseRule.DEFAULT));
        given.add(new AssessmentAnswered(f.projectId, 0, IDA.side(), rated(4, 4, 3, 3), IDA));
        given.add(approved(FAY, COMPLETE, ""));
        given.add(approved(IVO, COMPLETE, ""));
        f.fixture
                .given(given)
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 3, 3), FINN))
                .expectEvents(
                        new AssessmentAnswered(f.projectId, 0, FINN.side(), rated(4, 4, 3, 3), FINN),
                        new AssessmentCompleted(f.projectId, 0, List.of(), FINN),
                        tookEffect(FINN));
    }

    @Test
    void theMissingRoiCaseArrivingForAHeldChangeSendsItBackToItsApprovers() {
        List<Object> given = proposedUnder(BusinessCaseRule.DEFAULT);
        given.add(itsEstimate(1));
        given.add(financesEstimate());
        given.add(itsEstimate(3));
        given.add(approved(FAY, new ApprovalBasis(2, 3, 0), ""));
        given.add(approved(IVO, new ApprovalBasis(2, 3, 0), ""));
        f.fixture
                .given(given)
                .when(new RecordRoiCase(f.projectId, List.of(benefit()), FINN))
                .expectEventsMatching(exactly(
                        instanceOf(RoiCaseRecorded.class),
                        event(new ApprovalsVoided(
                                f.projectId,
                                f.initialChange,
                                ChangeKind.INITIAL_BUDGET,
                                1,
                                "an ROI case was recorded",
                                new ApprovalBasis(2, 3, 1),
                                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                                FINN))));
    }

    @Test
    void aYearCanDemandABusinessCaseForBudgetChangesAboveAnAmount() {
        BusinessCaseRule above100k = new BusinessCaseRule(false, eur("100000"));
        List<Object> given = proposedUnder(above100k);
        given.add(approved(FAY, ApprovalBasis.NONE, ""));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IVO))
                .expectEvents(approved(IVO, ApprovalBasis.NONE, ""))
                .expectResultMessagePayload(false);
    }

    @Test
    void aBudgetAtOrBelowTheYearsAmountNeedsNoBusinessCase() {
        BusinessCaseRule above200k = new BusinessCaseRule(false, eur("200000"));
        List<Object> given = proposedUnder(above200k);
        given.add(approved(FAY, ApprovalBasis.NONE, ""));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IVO))
                .expectEvents(approved(IVO, ApprovalBasis.NONE, ""), tookEffect(IVO))
                .expectResultMessagePayload(true);
    }

    @Test
    void changesRequestedBeforeTheRuleWasRecordedNeedNoBusinessCase() {
        List<Object> given = new ArrayList<>(f.proposal(BUDGET));
        given.add(approved(FAY, ApprovalBasis.NONE, ""));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IVO))
                .expectEvents(approved(IVO, ApprovalBasis.NONE, ""), tookEffect(IVO));
    }

    @Test
    void aYearsRulesCarryItsBusinessCaseRuleOrLeaveItToTheLedger() {
        ApprovalRules rules = new ApprovalRules(List.of(), new BusinessCaseRule(true, eur("50000")));
        org.assertj.core.api.Assertions.assertThat(rules.businessCaseRule())
                .isEqualTo(new BusinessCaseRule(true, eur("50000")));
        org.assertj.core.api.Assertions.assertThat(new ApprovalRules(List.of()).businessCaseRule())
                .isEqualTo(BusinessCaseRule.DEFAULT);
        org.assertj.core.api.Assertions.assertThat(new ApprovalRules(List.of()).demandsNoMore())
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        new ApprovalRules(List.of(), BusinessCaseRule.DEFAULT).demandsNoMore())
                .isFalse();
    }

    @Test
    void byDefaultAProposalRecordsThatItsInitialBudgetNeedsABusinessCase() {
        FixtureConfiguration<Project> proposing = new AggregateTestFixture<>(Project.class);
        proposing.registerInjectableResource(ProjectFixture.REMINDERS);
        proposing.registerInjectableResource(ProjectFixture.LEDGER);
        proposing.registerInjectableResource(ProjectFixture.portfoliosWithDefaultBusinessCase());
        proposing
                .givenNoPriorActivity()
                .when(new ProposeProject(
                        f.projectId,
                        f.initialChange,
                        "ERP upgrade",
                        "Move to the current release",
                        "COO",
                        List.of("order to cash"),
                        List.of("margin"),
                        List.of("fewer systems"),
                        eur(BUDGET),
                        ProjectFixture.YEAR,
                        IDA,
                        null))
                .expectEvents(
                        f.proposed(BUDGET),
                        proposedUnder(BusinessCaseRule.DEFAULT).get(1));
    }

    // ---- givens ------------------------------------------------------------------------------------------------

    private List<Object> proposedUnder(BusinessCaseRule rule) {
        List<Object> events = new ArrayList<>();
        events.add(f.proposed(BUDGET));
        events.add(new ChangeRequested(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                ChangeTerms.budget(eur(BUDGET)),
                "Initial budget of the proposal",
                IDA,
                null,
                rule));
        return events;
    }

    /** IT's estimate as version 1, Finance's as version 2, and an ROI case: the figures, not yet the assessment. */
    private List<Object> withFiguresOnly(List<Object> events) {
        events.add(itsEstimate(1));
        events.add(financesEstimate());
        events.add(roiCase());
        return events;
    }

    private List<Object> withCompleteCase(List<Object> events) {
        withFiguresOnly(events);
        events.add(new AssessmentAnswered(f.projectId, 0, IDA.side(), rated(4, 4, 3, 3), IDA));
        events.add(new AssessmentAnswered(f.projectId, 0, FAY.side(), rated(4, 4, 3, 3), FAY));
        events.add(new AssessmentCompleted(f.projectId, 0, List.of(), FAY));
        return events;
    }

    private EstimateSubmitted itsEstimate(int version) {
        return new EstimateSubmitted(
                f.projectId,
                version,
                IDA.side(),
                eur("80000"),
                eur("10000"),
                5,
                eur("130000.00"),
                eur("70000"),
                eur("95000"),
                "Vendor quote",
                IDA);
    }

    private EstimateSubmitted financesEstimate() {
        return new EstimateSubmitted(
                f.projectId,
                2,
                FAY.side(),
                eur("100000"),
                eur("12000"),
                5,
                eur("160000.00"),
                eur("90000"),
                eur("120000"),
                "With contingency",
                FAY);
    }

    private RoiCaseRecorded roiCase() {
        return new RoiCaseRecorded(
                f.projectId,
                1,
                List.of(benefit()),
                new BigDecimal("8"),
                new RoiCostBasis(2, eur("100000"), eur("12000"), 5),
                new RoiFigures(new BigDecimal("20000.00"), null, null, null),
                FAY);
    }

    private static ExpectedBenefit benefit() {
        return new ExpectedBenefit(BenefitCategory.COST_SAVING, "licence cost", "-30 %", eur("45000"));
    }

    private ChangeApproved approved(Actor who, ApprovalBasis basis, String comment) {
        return new ChangeApproved(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur(BUDGET)),
                comment,
                who,
                null,
                basis);
    }

    private ApprovalsVoided voided(String reason, ApprovalBasis basis, Actor cause) {
        return new ApprovalsVoided(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                reason,
                basis,
                List.of(new Approval(FAY, 1)),
                cause);
    }

    private ChangeTookEffect tookEffect(Actor decidedBy) {
        return new ChangeTookEffect(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur(BUDGET)),
                null,
                ProjectStatus.PROPOSED,
                ProjectStatus.ACTIVE,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                decidedBy);
    }
}
