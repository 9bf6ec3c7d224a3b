package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.SetReviewPolicy;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Proposes when the project's reassessment falls due on its own. The policy is one of the project's joint controls:
 * the dialog opens a change, and the policy is set once one Finance and one IT member other than the proposer approve.
 */
public class ReviewPolicyDialog extends CommandDialog {

    private final UUID projectId;
    private final IntegerField interval = new IntegerField("Review every (months)");
    private final BigDecimalField overrun = new BigDecimalField("When spend passes the budget by (%)");
    private final BigDecimalField shortfall = new BigDecimalField("When benefits fall behind by (%)");
    private final TextArea rationale = new TextArea("Why (optional)");

    public ReviewPolicyDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super("Propose a review policy", "Propose", "review-policy-submit", commands, currentUser);
        this.projectId = project.id();
        ReviewPolicy now = project.reviewPolicy();
        interval.setId("review-interval-months");
        interval.setMin(ReviewPolicy.SHORTEST_REVIEW_INTERVAL_MONTHS);
        interval.setMax(ReviewPolicy.LONGEST_REVIEW_INTERVAL_MONTHS);
        interval.setStepButtonsVisible(true);
        interval.setValue(now.reviewIntervalMonths());
        overrun.setId("spend-overrun-percent");
        overrun.setValue(now.spendOverrunPercent());
        shortfall.setId("benefit-shortfall-percent");
        shortfall.setValue(now.benefitShortfallPercent());
        rationale.setId("review-policy-rationale");
        rationale.setWidthFull();
        add(
                new Paragraph("Finance and IT both approve a new policy before it applies."),
                interval,
                overrun,
                shortfall,
                rationale);
    }

    @Override
    Object command(Actor actor) {
        ReviewPolicy proposed = new ReviewPolicy(
                interval.getValue() == null ? 0 : interval.getValue(), overrun.getValue(), shortfall.getValue());
        return new SetReviewPolicy(projectId, UUID.randomUUID(), proposed, rationale.getValue(), actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of(
                "reviewIntervalMonths", interval,
                "spendOverrunPercent", overrun,
                "benefitShortfallPercent", shortfall,
                "rationale", rationale);
    }

    @Override
    String doneMessage() {
        return "Review policy proposed: it applies once Finance and IT have approved it";
    }
}
