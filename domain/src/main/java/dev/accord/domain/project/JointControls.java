package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.shared.Actor;

/**
 * The project's controls, its review policy and the end of a reassessment, once moved by one member alone: now each
 * is a change (REVIEW_POLICY, CONCLUSION) that Finance and IT approve like any other. When one takes effect, the
 * events one member used to record alone are recorded as before, so that older histories and the read models built
 * on them read the same; they name the member who proposed it, and the change before them shows who approved it.
 */
final class JointControls {

    private JointControls() {}

    static void tookEffect(
            Project project, ChangeKind kind, ChangeTerms terms, Actor proposedBy, ChangeOpening opening) {
        if (kind == ChangeKind.REVIEW_POLICY) {
            apply(new ReviewPolicySet(project.id(), terms.policy(), proposedBy));
            if (project.status() == ProjectStatus.ACTIVE) {
                ReviewSchedule.schedule(opening.deadlines(), project.policy());
            }
        } else if (kind == ChangeKind.CONCLUSION) {
            project.reassessment(terms.conclusion().reassessmentId()).conclude(terms.conclusion(), proposedBy, opening);
        }
    }
}
