package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Side;
import java.util.Map;

/**
 * One person who took part for a side, with how often they did what (in the order of {@link Participation}).
 * Accord itself, raising reassessments on its own, is not a participant.
 */
public record Participant(String userId, String displayName, Side side, Map<Participation, Integer> contributions) {

    public int total() {
        return contributions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "approved 3×, commented 1×" */
    public String describe() {
        StringBuilder text = new StringBuilder();
        contributions.forEach((part, times) -> text.append(text.isEmpty() ? "" : ", ")
                .append(part.phrase())
                .append(' ')
                .append(times)
                .append('\u00d7'));
        return text.toString();
    }
}
