package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Your side's view at a reassessment: plan against actuals in your words, the four questions again, a recommendation. */
public class ReassessmentViewDialog extends CommandDialog {

    private final UUID projectId;
    private final UUID reassessmentId;
    private final TextArea view = new TextArea("How your side sees plan against actuals");
    private final RadioButtonGroup<ReassessmentOutcome> recommendation = new RadioButtonGroup<>("We recommend");
    private final List<RadioButtonGroup<Integer>> ratings = new ArrayList<>();
    private final List<TextArea> rationales = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ReassessmentViewDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super("Your side's view at the reassessment", "Give our view", "reassessment-view-submit", commands,
                currentUser);
        this.projectId = project.id();
        this.reassessmentId = project.openReassessmentId();
        view.setId("reassessment-view");
        view.setWidthFull();
        recommendation.setId("reassessment-recommendation");
        recommendation.setItems(ReassessmentOutcome.values());
        recommendation.setItemLabelGenerator(Formats::words);
        fields.put("view", view);
        fields.put("recommendation", recommendation);
        add(new Paragraph(project.openReassessmentReason()), view, recommendation);
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(questions[i].text());
            rating.setItems(1, 2, 3, 4, 5);
            rating.setId("again-rating-" + i);
            TextArea rationale = new TextArea("Why");
            rationale.setId("again-rationale-" + i);
            rationale.setWidthFull();
            ratings.add(rating);
            rationales.add(rationale);
            fields.put("answers[" + i + "].rating", rating);
            fields.put("answers[" + i + "].rationale", rationale);
            add(rating, rationale);
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
        return new SubmitReassessmentView(projectId, reassessmentId, view.getValue(), answers,
                recommendation.getValue(), actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    String doneMessage() {
        return "Your side's view is recorded";
    }
}
