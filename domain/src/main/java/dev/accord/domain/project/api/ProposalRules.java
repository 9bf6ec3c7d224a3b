package dev.accord.domain.project.api;

import dev.accord.domain.shared.Texts;
import java.util.Optional;

/** The limits on a proposal's text, shared by the aggregate, the forms and the API so all say the same. */
public final class ProposalRules {

    public static final int TITLE_MAX_LENGTH = Texts.LINE_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Texts.LONG_TEXT_MAX_LENGTH;

    private ProposalRules() {}

    public static Optional<String> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("Title is required");
        }
        return Texts.lineProblem(title).map(problem -> "Title: " + problem);
    }

    public static Optional<String> descriptionProblem(String description) {
        return Texts.longTextProblem(description).map(problem -> "Description: " + problem);
    }
}
