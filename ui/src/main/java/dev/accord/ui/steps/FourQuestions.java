package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four questions, each with a rating on {@link AssessmentAnswer}'s scale and the reason for it, as asked at
 * approval and again later.
 */
class FourQuestions extends VerticalLayout {

    private final List<RadioButtonGroup<Integer>> ratings = new ArrayList<>();
    private final List<TextArea> rationales = new ArrayList<>();

    /** @param idPrefix distinguishes the fields of the assessment from those of a reassessment */
    FourQuestions(String idPrefix) {
        setPadding(false);
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Rating, " + AssessmentAnswer.LOWEST_RATING
                    + " (no) to " + AssessmentAnswer.HIGHEST_RATING + " (fully)");
            rating.setItems(AssessmentAnswer.ratings());
            rating.setId(idPrefix + "rating-" + i);
            TextArea rationale = new TextArea("Why");
            rationale.setId(idPrefix + "rationale-" + i);
            rationale.setWidthFull();
            ratings.add(rating);
            rationales.add(rationale);
            Paragraph question = new Paragraph(questions[i].text());
            question.getStyle().set("font-weight", "600");
            add(question, rating, rationale);
        }
    }

    /** The answers as given; a question left unrated is refused here, naming it as the ledger would. */
    List<AssessmentAnswer> answers() {
        List<AssessmentAnswer> answers = new ArrayList<>();
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            if (ratings.get(i).getValue() == null) {
                throw new InvalidInputException("answers[" + i + "].rating", AssessmentAnswer.RATING_SCALE);
            }
            answers.add(new AssessmentAnswer(
                    questions[i], ratings.get(i).getValue(), rationales.get(i).getValue()));
        }
        return answers;
    }

    /** Adds the fields under the names the ledger uses in its refusals ("answers[2].rating"). */
    void addFieldsTo(Map<String, HasValidation> fields) {
        for (int i = 0; i < ratings.size(); i++) {
            fields.put("answers[" + i + "].rating", ratings.get(i));
            fields.put("answers[" + i + "].rationale", rationales.get(i));
        }
    }
}
