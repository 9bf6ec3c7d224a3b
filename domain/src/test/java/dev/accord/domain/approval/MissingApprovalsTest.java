package dev.accord.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a change still lacks, counted by authority, in the sentences the inbox and the project page show. */
class MissingApprovalsTest {

    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Actor INES = new Actor("ines", "Ines Roth", Side.IT, true);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    private static final Actor CARLA = new Actor("carla", "Carla Reyes", Side.FINANCE, true);

    private static final ApprovalRequirement CFO = new ApprovalRequirement(1, 1, true, false);
    private static final ApprovalRequirement TWO_FINANCE_AND_CIO = new ApprovalRequirement(2, 1, false, true);

    @Test
    void theDefaultReadsAsBefore() {
        JointApproval joint = new JointApproval(IDA);
        assertThat(joint.missing().summary()).isEqualTo("Waiting for Finance and IT");
        joint.approved(new Approval(IVO, 1));
        assertThat(joint.missingSides()).containsExactly(Side.FINANCE);
        assertThat(joint.missing().sentences()).containsExactly("waiting for Finance");
    }

    @Test
    void aMissingLeadIsNamedByTitle() {
        JointApproval joint = new JointApproval(IDA, CFO);
        joint.approved(new Approval(FAY, 1));
        joint.approved(new Approval(IVO, 1));
        assertThat(joint.missing().sentences()).containsExactly("waiting for the CFO");
        assertThat(joint.missingSides()).containsExactly(Side.FINANCE);
        assertThat(joint.completedBy(FINN)).isFalse();
        assertThat(joint.completedBy(CARLA)).isTrue();
    }

    @Test
    void countsAndLeadsOfBothSides() {
        JointApproval joint = new JointApproval(IDA, TWO_FINANCE_AND_CIO);
        joint.approved(new Approval(FAY, 1));
        assertThat(joint.missing().sentences())
                .containsExactly("waiting for the CIO", "waiting for 1 more Finance approval");
        joint.approved(new Approval(INES, 1));
        assertThat(joint.missing().summary()).isEqualTo("Waiting for 1 more Finance approval");
    }

    @Test
    void eachPersonCountsOnceByTheAuthorityTheyCarry() {
        JointApproval joint = new JointApproval(IDA, new ApprovalRequirement(2, 1, true, false));
        joint.approved(new Approval(FAY, 1, CARLA));
        joint.approved(new Approval(IVO, 1));
        // Fay approved as Carla's delegate: that is the CFO's approval, and one more Finance approval is missing.
        assertThat(joint.missing().summary()).isEqualTo("Waiting for 1 more Finance approval");
        assertThat(joint.completedBy(FINN)).isTrue();
        assertThat(joint.completedBy(new Approval(FINN, 1, CARLA))).isFalse();
    }

    @Test
    void theRequestersAuthorityNeverCounts() {
        JointApproval joint = new JointApproval(FAY, CFO);
        joint.approved(new Approval(FINN, 1, FAY));
        joint.approved(new Approval(IVO, 1));
        assertThat(joint.missing().sentences()).containsExactly("waiting for the CFO");
    }

    @Test
    void theHighestTierBelowTheAmountApplies() {
        ApprovalRules rules = new ApprovalRules(List.of(
                new ApprovalTier(Money.of("100000", "EUR"), 2, 1, false, false),
                new ApprovalTier(Money.of("1000000", "EUR"), 2, 2, true, true)));
        assertThat(rules.requirementFor(Money.of("100000", "EUR"))).isEqualTo(ApprovalRequirement.DEFAULT);
        assertThat(rules.requirementFor(Money.of("100000.01", "EUR")))
                .isEqualTo(new ApprovalRequirement(2, 1, false, false));
        assertThat(rules.requirementFor(Money.of("2000000", "EUR")))
                .isEqualTo(new ApprovalRequirement(2, 2, true, true));
        assertThat(rules.requirementFor(null)).isEqualTo(ApprovalRequirement.DEFAULT);
    }

    @Test
    void rulesAreCheckedFieldByField() {
        assertField(List.of(new ApprovalTier(Money.of("-1", "EUR"), 1, 1, false, false)), "tiers[0].above.amount");
        assertField(List.of(new ApprovalTier(Money.of("10", "USD"), 1, 1, false, false)), "tiers[0].above.currency");
        assertField(List.of(new ApprovalTier(Money.of("10", "EUR"), 0, 1, false, false)), "tiers[0].financeApprovals");
        assertField(
                List.of(new ApprovalTier(
                        Money.of("10", "EUR"), 1, ApprovalRules.MAX_APPROVALS_PER_SIDE + 1, false, false)),
                "tiers[0].itApprovals");
        assertField(
                List.of(
                        new ApprovalTier(Money.of("10", "EUR"), 1, 1, false, false),
                        new ApprovalTier(Money.of("10", "EUR"), 2, 1, false, false)),
                "tiers[1].above.amount");
        assertThat(ApprovalRules.checked(List.of(), "EUR").demandsNoMore()).isTrue();
    }

    private static void assertField(List<ApprovalTier> tiers, String field) {
        assertThatThrownBy(() -> ApprovalRules.checked(tiers, "EUR"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
