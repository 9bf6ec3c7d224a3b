package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Your side's answers to the four questions: a rating on {@link dev.accord.domain.project.api.AssessmentAnswer}'s
 * scale and the reason for it, for each.
 */
public class AssessmentDialog extends CommandDialog {

    private final UUID projectId;
    private final FourQuestions questions = new FourQuestions("");
    private final Map<String, HasValidation> fields = new HashMap<>();

    public AssessmentDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super(
                "The four questions for \u201c" + project.title() + "\u201d",
                "Submit answers",
                "assessment-submit",
                commands,
                currentUser);
        this.projectId = project.id();
        questions.addFieldsTo(fields);
        add(questions);
    }

    @Override
    Object command(Actor actor) {
        return new AnswerAssessment(projectId, questions.answers(), actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    String doneMessage() {
        return "Your side's answers are recorded";
    }
}
