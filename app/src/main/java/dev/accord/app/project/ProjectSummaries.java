package dev.accord.app.project;

import dev.accord.app.detail.Rows;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the project_summary table. */
@Repository
class ProjectSummaries {

    private static final String COLUMNS = """
            SELECT project_id, title, description, status, requested_amount, requested_currency,
                   approved_amount, approved_currency, proposed_by_id, proposed_by_name, proposed_by_side, proposed_at,
                   fiscal_year, spend_to_date, npv, roi_percent
            FROM project_summary""";

    /** One project's row, by :projectId. */
    static final String ONE = COLUMNS + " WHERE project_id = :projectId";

    static final RowMapper<ProjectSummary> ROW = (rs, n) -> new ProjectSummary(
            rs.getObject("project_id", UUID.class),
            rs.getString("title"),
            rs.getString("description"),
            ProjectStatus.valueOf(rs.getString("status")),
            new Money(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
            rs.getBigDecimal("approved_amount") == null
                    ? null
                    : new Money(rs.getBigDecimal("approved_amount"), rs.getString("approved_currency")),
            Rows.actor(rs, "proposed_by"),
            rs.getTimestamp("proposed_at").toInstant(),
            (Integer) rs.getObject("fiscal_year"),
            new Money(rs.getBigDecimal("spend_to_date"), rs.getString("requested_currency")),
            rs.getBigDecimal("npv"),
            rs.getBigDecimal("roi_percent"));

    private final JdbcClient jdbc;

    ProjectSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProjectSummary> all() {
        return jdbc.sql(COLUMNS + " ORDER BY proposed_at DESC, project_id")
                .query(ROW)
                .list();
    }

    /** Sort keys the list offers, mapped to columns here so no client text ever reaches the SQL. */
    private static final java.util.Map<String, String> SORTABLE = java.util.Map.of(
            "title", "lower(title)", "status", "status", "requested", "requested_amount", "proposedAt", "proposed_at");

    List<ProjectSummary> page(dev.accord.domain.project.api.FindProjectsPage query) {
        boolean known = query.sortBy() != null && SORTABLE.containsKey(query.sortBy());
        String order = known ? SORTABLE.get(query.sortBy()) : "proposed_at";
        boolean ascending = known && query.ascending();
        return jdbc.sql(COLUMNS + " WHERE " + FILTER + " ORDER BY " + order + (ascending ? " ASC" : " DESC")
                        + ", project_id LIMIT ? OFFSET ?")
                .params(
                        like(query.titleContains()),
                        like(query.titleContains()),
                        query.status() == null ? null : query.status().name(),
                        query.status() == null ? null : query.status().name(),
                        Math.max(0, Math.min(query.limit(), 500)),
                        Math.max(0, query.offset()))
                .query(ROW)
                .list();
    }

    long count(dev.accord.domain.project.api.CountProjects query) {
        return jdbc.sql("SELECT count(*) FROM project_summary WHERE " + FILTER)
                .params(
                        like(query.titleContains()),
                        like(query.titleContains()),
                        query.status() == null ? null : query.status().name(),
                        query.status() == null ? null : query.status().name())
                .query(Long.class)
                .single();
    }

    private static final String FILTER =
            "(CAST(? AS TEXT) IS NULL OR title ILIKE ?) AND (CAST(? AS TEXT) IS NULL OR status = ?)";

    private static String like(String text) {
        return text == null || text.isBlank()
                ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    Optional<ProjectSummary> find(UUID projectId) {
        return jdbc.sql(COLUMNS + " WHERE project_id = ?")
                .param(projectId)
                .query(ROW)
                .optional();
    }
}
