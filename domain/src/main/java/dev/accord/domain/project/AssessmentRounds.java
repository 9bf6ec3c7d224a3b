package dev.accord.domain.project;

import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Side;
import dev.accord.domain.shared.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four questions answered by both sides, round by round: round 0 at approval, round n at the n-th
 * reassessment, so later answers can be compared with those given at approval.
 */
final class AssessmentRounds {

    private final Map<Integer, Map<Side, List<AssessmentAnswer>>> answers = new HashMap<>();
    private final Set<Integer> completed = new HashSet<>();

    /**
     * Checks a side's answers: all four questions, once each, rated on {@link AssessmentAnswer}'s scale, with a
     * rationale.
     */
    static List<AssessmentAnswer> checked(List<AssessmentAnswer> given) {
        if (given == null || given.size() != AssessmentQuestion.values().length) {
            throw new InvalidInputException("answers", "Answer all four questions, each once");
        }
        Set<AssessmentQuestion> seen = EnumSet.noneOf(AssessmentQuestion.class);
        List<AssessmentAnswer> answers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AssessmentAnswer answer = given.get(i);
            if (answer == null || answer.question() == null || !seen.add(answer.question())) {
                throw new InvalidInputException("answers[" + i + "].question", "Answer all four questions, each once");
            }
            if (!AssessmentAnswer.isRating(answer.rating())) {
                throw new InvalidInputException("answers[" + i + "].rating", AssessmentAnswer.RATING_SCALE);
            }
            if (answer.rationale() == null || answer.rationale().isBlank()) {
                throw new InvalidInputException("answers[" + i + "].rationale", "Give the reason for the rating");
            }
            answers.add(new AssessmentAnswer(
                    answer.question(),
                    answer.rating(),
                    Texts.longText("answers[" + i + "].rationale", answer.rationale())));
        }
        return answers;
    }

    void answered(int round, Side side, List<AssessmentAnswer> sideAnswers) {
        answers.computeIfAbsent(round, r -> new EnumMap<>(Side.class)).put(side, sideAnswers);
    }

    void completed(int round) {
        completed.add(round);
    }

    boolean isComplete(int round) {
        return completed.contains(round);
    }

    /** Whether, with these answers from {@code side}, both sides will have answered the round. */
    boolean completedWith(int round, Side side) {
        Set<Side> sides = EnumSet.of(side);
        sides.addAll(answers.getOrDefault(round, Map.of()).keySet());
        return sides.containsAll(EnumSet.allOf(Side.class));
    }

    /** Questions whose ratings are two or more apart once both sides' answers are in. */
    List<AssessmentQuestion> disagreementsWith(int round, Side side, List<AssessmentAnswer> sideAnswers) {
        Map<Side, List<AssessmentAnswer>> byside = new EnumMap<>(Side.class);
        byside.putAll(answers.getOrDefault(round, Map.of()));
        byside.put(side, sideAnswers);
        List<AssessmentQuestion> disagreements = new ArrayList<>();
        for (AssessmentQuestion question : AssessmentQuestion.values()) {
            int finance = rating(byside.get(Side.FINANCE), question);
            int it = rating(byside.get(Side.IT), question);
            if (Math.abs(finance - it) >= 2) {
                disagreements.add(question);
            }
        }
        return disagreements;
    }

    private static int rating(List<AssessmentAnswer> answers, AssessmentQuestion question) {
        return answers.stream()
                .filter(answer -> answer.question() == question)
                .findFirst()
                .orElseThrow()
                .rating();
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof AssessmentRounds that
                && java.util.Objects.equals(answers, that.answers)
                && java.util.Objects.equals(completed, that.completed);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(answers, completed);
    }
}
