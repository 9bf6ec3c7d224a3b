package dev.accord.domain.portfolio.api;

import dev.accord.domain.project.api.AssessmentQuestion;
import java.util.List;
import java.util.Optional;

/**
 * A project's four questions as both sides answered them in its latest round that both answered: round 0 at
 * approval, round n at the n-th reassessment. A project without one is not yet assessed.
 */
public record JointAssessment(int round, List<QuestionRatings> questions) {

    public JointAssessment {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionRatings> of(AssessmentQuestion question) {
        return questions.stream().filter(q -> q.question() == question).findFirst();
    }
}
