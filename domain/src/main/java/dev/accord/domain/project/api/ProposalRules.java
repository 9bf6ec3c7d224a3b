package dev.accord.domain.project.api;

import dev.accord.domain.shared.Texts;
import java.util.Optional;

/** The limits on a proposal's text, shared by the aggregate, the forms and the API so all say the same. */
public final class ProposalRules {

    public static final int TITLE_MAX_LENGTH = Texts.LINE_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Texts.LONG_TEXT_MAX_LENGTH;
    /** The requesting department's name; the read models' department columns are this long. */
    public static final int DEPARTMENT_MAX_LENGTH = Texts.LINE_MAX_LENGTH;

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

    /**
     * The requesting department is optional (proposals made before it was asked for have none); when named, it is
     * one line of at most {@link #DEPARTMENT_MAX_LENGTH} characters, by which the portfolio groups its projects.
     */
    public static Optional<String> departmentProblem(String department) {
        if (department == null || department.isBlank()) {
            return Optional.empty();
        }
        if (department.strip().length() > DEPARTMENT_MAX_LENGTH) {
            return Optional.of("Department: At most " + String.format("%,d", DEPARTMENT_MAX_LENGTH) + " characters");
        }
        return Texts.lineProblem(department).map(problem -> "Department: " + problem);
    }

    /** The department as recorded: stripped, or null when none was named. */
    public static String department(String department) {
        return department == null || department.isBlank() ? null : department.strip();
    }
}
