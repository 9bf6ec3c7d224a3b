package dev.accord.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.steps.CallReassessmentDialog;
import dev.accord.ui.steps.ReviewPolicyDialog;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * How the project is kept under review, beside its other steps: propose a review policy (a change both sides
 * approve) and call a reassessment now. Shown to members of a side; the ledger decides what each may do, and a
 * refusal is shown as a message.
 */
class ReviewControls extends HorizontalLayout {

    private final Button call;

    ReviewControls(Supplier<ProjectDetail> project, CommandGateway commands, CurrentUser currentUser) {
        setPadding(false);
        Button policy = new Button(
                "Review policy", click -> new ReviewPolicyDialog(project.get(), commands, currentUser).open());
        policy.setId("review-policy");
        call = new Button(
                "Call a reassessment",
                click -> new CallReassessmentDialog(project.get(), commands, currentUser).open());
        call.setId("call-reassessment");
        add(policy, call);
    }

    /** A reassessment is called for a project under way with none open. */
    void show(ProjectDetail detail) {
        call.setVisible(detail.status().isUnderWay() && detail.openReassessmentId() == null);
    }
}
