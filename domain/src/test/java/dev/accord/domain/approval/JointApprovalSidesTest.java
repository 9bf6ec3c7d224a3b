package dev.accord.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one definition of whom a change still waits for and who has approved it, as the screens and the inbox use it. */
class JointApprovalSidesTest {

    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);

    @Test
    void aChangeNobodyApprovedWaitsForBothSides() {
        assertThat(JointApproval.missingSides(List.of())).containsExactly(Side.FINANCE, Side.IT);
    }

    @Test
    void twoApprovalsOfOneSideLeaveTheOtherMissing() {
        assertThat(JointApproval.missingSides(List.of(Side.FINANCE, Side.FINANCE)))
                .containsExactly(Side.IT);
    }

    @Test
    void oneApprovalOfEachSideLeavesNothingMissing() {
        assertThat(JointApproval.missingSides(List.of(Side.IT, Side.FINANCE))).isEmpty();
    }

    @Test
    void theAggregatesMissingSidesAreThoseOfItsCurrentVersionsApprovals() {
        JointApproval approval = new JointApproval(IDA);
        approval.approved(new Approval(FAY, 1));
        assertThat(approval.missingSides()).containsExactly(Side.IT);

        approval.revisedTo(2);

        assertThat(approval.missingSides()).containsExactly(Side.FINANCE, Side.IT);
    }

    @Test
    void whoHasApprovedIsMatchedByUserId() {
        Actor fayRenamed = new Actor("fay", "Fay Lund-Berg", Side.FINANCE);

        assertThat(JointApproval.hasApproved(List.of(FAY), fayRenamed)).isTrue();
        assertThat(JointApproval.hasApproved(List.of(FAY), FINN)).isFalse();
    }
}
