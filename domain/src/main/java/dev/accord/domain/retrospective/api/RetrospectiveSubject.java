package dev.accord.domain.retrospective.api;

import java.util.UUID;

/** What a retrospective looks back on: one project, or one fiscal year with all its projects. */
public sealed interface RetrospectiveSubject {

    /** How the subject reads in file names: "project-<id>", "fiscal-year-2026". */
    String slug();

    record Project(UUID projectId) implements RetrospectiveSubject {
        @Override
        public String slug() {
            return "project-" + projectId;
        }
    }

    record Year(int fiscalYear) implements RetrospectiveSubject {
        @Override
        public String slug() {
            return "fiscal-year-" + fiscalYear;
        }
    }
}
