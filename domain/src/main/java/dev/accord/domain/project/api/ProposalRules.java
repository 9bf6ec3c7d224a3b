package dev.accord.domain.project.api;

import java.util.Optional;

/** The limits on a proposal's text, shared by the aggregate, the forms and the API so all say the same. */
public final class ProposalRules {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;

    private ProposalRules() {
    }

    public static Optional<String> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("Title is required");
        }
        if (title.strip().length() > TITLE_MAX_LENGTH) {
            return Optional.of("Title must be at most " + TITLE_MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> descriptionProblem(String description) {
        if (description != null && description.length() > DESCRIPTION_MAX_LENGTH) {
            return Optional.of("Description must be at most 10,000 characters");
        }
        return Optional.empty();
    }
}
