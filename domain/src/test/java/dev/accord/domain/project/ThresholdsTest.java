package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.YEAR;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's leads and thresholds: above an amount of the year's approval rules a change needs more approvals of a
 * side, or its lead; the rules in force when it was requested are recorded with it and stay its rules.
 */
class ThresholdsTest {

    static final Actor CARLA = new Actor("carla", "Carla Reyes", Side.FINANCE, true);

    private static final ApprovalRules TWO_FINANCE =
            new ApprovalRules(List.of(new ApprovalTier(eur("500000"), 2, 1, false, false)));
    private static final ApprovalRules CFO =
            new ApprovalRules(List.of(new ApprovalTier(eur("500000"), 1, 1, true, false)));
    private static final ApprovalRules CFO_AND_ONE_MORE =
            new ApprovalRules(List.of(new ApprovalTier(eur("500000"), 2, 1, true, false)));

    private final ProjectFixture f = new ProjectFixture();
    private final UUID change = UUID.randomUUID();

    @Test
    void theRulesInForceAreRecordedWithTheChange() {
        rulesInForce(CFO);
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId, change, ChangeKind.BUDGET, ChangeTerms.budget(eur("600000")), "More", IDA))
                .expectEvents(requested("600000", CFO));
    }

    @Test
    void aYearWithoutRulesRecordsNone() {
        f.fixture
                .given(f.active("100000"))
                .when(new RequestChange(
                        f.projectId, change, ChangeKind.BUDGET, ChangeTerms.budget(eur("600000")), "More", IDA))
                .expectEvents(requested("600000", null));
    }

    @Test
    void aboveTheThresholdOneFinanceApprovalIsNotEnough() {
        f.fixture
                .given(given(requested("600000", TWO_FINANCE), approved(FAY, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, IVO))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectEvents(approvedEvent(IVO, 1, "600000"));
    }

    @Test
    void aboveTheThresholdTheSecondFinanceApprovalCompletesIt() {
        f.fixture
                .given(given(requested("600000", TWO_FINANCE), approved(FAY, 1), approved(IVO, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, FINN))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true);
    }

    @Test
    void aThresholdNeedingTheCfoWaitsForHer() {
        f.fixture
                .given(given(requested("600000", CFO), approved(FAY, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, IVO))
                .expectResultMessagePayload(false);
    }

    @Test
    void theCfosApprovalCompletesIt() {
        f.fixture
                .given(given(requested("600000", CFO), approved(FAY, 1), approved(IVO, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, CARLA))
                .expectResultMessagePayload(true);
    }

    @Test
    void theLeadsApprovalCountsTowardsHerSidesNumber() {
        f.fixture
                .given(given(requested("600000", CFO_AND_ONE_MORE), approved(CARLA, 1), approved(IVO, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, FAY))
                .expectResultMessagePayload(true);
    }

    @Test
    void atOrBelowTheThresholdOneOfEachSideIsEnough() {
        f.fixture
                .given(given(requested("500000", CFO), approved(FAY, 1)))
                .when(new ApproveChange(f.projectId, change, 1, null, IVO))
                .expectResultMessagePayload(true);
    }

    @Test
    void aRevisionKeepsTheRecordedRulesWhateverTheYearDecidedSince() {
        rulesInForce(ApprovalRules.DEFAULT);
        List<Object> given = given(requested("600000", CFO), revised("700000"), approved(FAY, 2));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 2, null, IVO))
                .expectResultMessagePayload(false);
    }

    @Test
    void aRevisionBelowTheThresholdNeedsOneOfEachSide() {
        List<Object> given = given(requested("600000", CFO), revised("400000"), approved(FAY, 2));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 2, null, IVO))
                .expectResultMessagePayload(true);
    }

    @Test
    void aChangeWithoutBudgetIsWeighedByTheApprovedBudget() {
        List<Object> given = new ArrayList<>(f.active("600000"));
        given.add(new ChangeRequested(f.projectId, change, ChangeKind.PAUSE, ChangeTerms.none(), "Pause", IDA, CFO));
        given.add(new ChangeApproved(f.projectId, change, ChangeKind.PAUSE, 1, ChangeTerms.none(), "", FAY));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, null, IVO))
                .expectResultMessagePayload(false);
    }

    private void rulesInForce(ApprovalRules rules) {
        UUID request = UUID.randomUUID();
        f.givenPortfolio(
                new ApprovalRulesRequested(YEAR, request, rules, "", FAY),
                new ApprovalRulesSet(
                        YEAR, request, null, rules, List.of(new Approval(FINN, 1), new Approval(IVO, 1)), IVO));
    }

    private List<Object> given(Object... events) {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.addAll(List.of(events));
        return given;
    }

    private ChangeRequested requested(String budget, ApprovalRules rules) {
        return new ChangeRequested(
                f.projectId, change, ChangeKind.BUDGET, ChangeTerms.budget(eur(budget)), "More", IDA, rules);
    }

    private ChangeRevised revised(String budget) {
        return new ChangeRevised(
                f.projectId, change, ChangeKind.BUDGET, 2, ChangeTerms.budget(eur(budget)), "Again", List.of(), IDA);
    }

    private ChangeApproved approved(Actor by, int version) {
        return new ChangeApproved(f.projectId, change, ChangeKind.BUDGET, version, null, "", by);
    }

    private ChangeApproved approvedEvent(Actor by, int version, String budget) {
        return new ChangeApproved(
                f.projectId, change, ChangeKind.BUDGET, version, ChangeTerms.budget(eur(budget)), "", by);
    }
}
