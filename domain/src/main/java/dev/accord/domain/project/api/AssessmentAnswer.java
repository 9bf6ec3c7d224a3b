package dev.accord.domain.project.api;

import java.util.List;
import java.util.stream.IntStream;

/** One side's answer to one of the four questions: a rating from 1 to 5 and why. */
public record AssessmentAnswer(AssessmentQuestion question, int rating, String rationale) {

    /** The scale every rating is on: the aggregate's rule, the form's choices and the API's refusal. */
    public static final int LOWEST_RATING = 1;

    public static final int HIGHEST_RATING = 5;

    /** Why a rating off the scale, or none, is refused. */
    public static final String RATING_SCALE = "A rating is from " + LOWEST_RATING + " to " + HIGHEST_RATING;

    public static boolean isRating(int rating) {
        return rating >= LOWEST_RATING && rating <= HIGHEST_RATING;
    }

    /** Every rating on the scale, lowest first. */
    public static List<Integer> ratings() {
        return IntStream.rangeClosed(LOWEST_RATING, HIGHEST_RATING).boxed().toList();
    }
}
