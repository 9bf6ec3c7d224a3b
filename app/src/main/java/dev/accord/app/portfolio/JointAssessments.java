package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.QuestionRatings;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.shared.Side;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Each project's joint assessment as the ranking reads it: the latest round in which both sides rated all four
 * questions (the domain's "complete"), so a reassessment's answers count once both sides have given them and until
 * then the round before still does. A project with no such round is not yet assessed.
 */
final class JointAssessments {

    private JointAssessments() {}

    static Map<UUID, JointAssessment> latest(Collection<PortfolioAssessmentRow> rows) {
        Map<UUID, TreeMap<Integer, Map<Side, Map<AssessmentQuestion, Integer>>>> byProject = new HashMap<>();
        for (PortfolioAssessmentRow row : rows) {
            byProject
                    .computeIfAbsent(row.projectId(), project -> new TreeMap<>())
                    .computeIfAbsent(row.round(), round -> new EnumMap<>(Side.class))
                    .computeIfAbsent(row.side(), side -> new EnumMap<>(AssessmentQuestion.class))
                    .put(row.question(), row.rating());
        }
        Map<UUID, JointAssessment> latest = new HashMap<>();
        byProject.forEach((projectId, rounds) -> rounds.descendingMap().entrySet().stream()
                .filter(round -> isComplete(round.getValue()))
                .findFirst()
                .ifPresent(round -> latest.put(projectId, joint(round.getKey(), round.getValue()))));
        return latest;
    }

    private static boolean isComplete(Map<Side, Map<AssessmentQuestion, Integer>> sides) {
        return List.of(Side.values()).stream()
                .allMatch(side -> sides.getOrDefault(side, Map.of()).size() == AssessmentQuestion.values().length);
    }

    private static JointAssessment joint(int round, Map<Side, Map<AssessmentQuestion, Integer>> sides) {
        return new JointAssessment(
                round,
                List.of(AssessmentQuestion.values()).stream()
                        .map(question -> new QuestionRatings(
                                question,
                                sides.get(Side.FINANCE).get(question),
                                sides.get(Side.IT).get(question)))
                        .toList());
    }
}
