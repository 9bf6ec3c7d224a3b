package dev.accord.domain.project.api;

/** One side's answer to one of the four questions: a rating from 1 to 5 and why. */
public record AssessmentAnswer(AssessmentQuestion question, int rating, String rationale) {}
