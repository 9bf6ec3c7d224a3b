package dev.accord.app.actualsimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the project a row names, by its id or by its exact title, in the project list's read model. A title two
 * projects share names neither: the row must give the id.
 */
@Component
class ProjectNames {

    /** The project a row names, or why it names none. */
    record Named(UUID id, String title, String problem) {

        static Named problem(String problem) {
            return new Named(null, null, problem);
        }
    }

    private record Found(UUID id, String title) {}

    private final JdbcClient jdbc;

    ProjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Resolves names for one file, asking the database once per distinct name. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {
        private final Map<String, Named> known = new HashMap<>();

        Named named(String written) {
            return known.computeIfAbsent(written, ProjectNames.this::resolve);
        }
    }

    private Named resolve(String written) {
        Optional<UUID> id = uuid(written);
        if (id.isPresent()) {
            return jdbc.sql("SELECT project_id AS id, title FROM project_summary WHERE project_id = :id")
                    .param("id", id.get())
                    .query(Found.class)
                    .optional()
                    .map(found -> new Named(found.id(), found.title(), null))
                    .orElseGet(() -> Named.problem("No project has the id " + written));
        }
        List<Found> titled = jdbc.sql("SELECT project_id AS id, title FROM project_summary WHERE title = :title"
                        + " ORDER BY proposed_at LIMIT 2")
                .param("title", written)
                .query(Found.class)
                .list();
        if (titled.isEmpty()) {
            return Named.problem("No project is titled \u201c" + written + "\u201d; give its exact title or its id");
        }
        if (titled.size() > 1) {
            return Named.problem("More than one project is titled \u201c" + written + "\u201d; give the project's id");
        }
        return new Named(titled.get(0).id(), titled.get(0).title(), null);
    }

    private static Optional<UUID> uuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
