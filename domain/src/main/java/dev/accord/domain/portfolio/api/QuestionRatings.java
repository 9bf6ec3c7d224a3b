package dev.accord.domain.portfolio.api;

import dev.accord.domain.project.api.AssessmentQuestion;

/** Both sides' ratings of one of the four questions, each on the assessment's scale of 1 to 5. */
public record QuestionRatings(AssessmentQuestion question, int finance, int it) {}
