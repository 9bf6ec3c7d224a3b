package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.ui.base.CurrentUser;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Your side's answers to the four questions: a rating from 1 to 5 and the reason for it, for each. */
public class AssessmentDialog extends CommandDialog {

    private final UUID projectId;
    private final List<RadioButtonGroup<Integer>> ratings = new ArrayList<>();
    private final List<TextArea> rationales = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public AssessmentDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super("The four questions for \u201c" + project.title() + "\u201d", "Submit answers", "assessment-submit",
                commands, currentUser);
        this.projectId = project.id();
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Rating, 1 (no) to 5 (fully)");
            rating.setItems(1, 2, 3, 4, 5);
            rating.setId("rating-" + i);
            TextArea rationale = new TextArea("Why");
            rationale.setId("rationale-" + i);
            rationale.setWidthFull();
            ratings.add(rating);
            rationales.add(rationale);
            fields.put("answers[" + i + "].rating", rating);
            fields.put("answers[" + i + "].rationale", rationale);
            Paragraph question = new Paragraph(questions[i].text());
            question.getStyle().set("font-weight", "600");
            add(question, rating, rationale);
        }
    }

    @Override
    Object command(Actor actor) {
        List<AssessmentAnswer> answers = new ArrayList<>();
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            if (ratings.get(i).getValue() == null) {
                throw new InvalidInputException("answers[" + i + "].rating", "Choose a rating from 1 to 5");
            }
            answers.add(new AssessmentAnswer(questions[i], ratings.get(i).getValue(), rationales.get(i).getValue()));
        }
        return new AnswerAssessment(projectId, answers, actor);
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
