package dev.accord.app.project;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the project_summary table. */
@Repository
class ProjectSummaries {

    private static final String COLUMNS = """
            SELECT project_id, title, description, status, requested_amount, requested_currency,
                   approved_amount, approved_currency, proposed_by_id, proposed_by_name, proposed_by_side, proposed_at,
                   fiscal_year, spend_to_date, npv, roi_percent
            FROM project_summary""";

    private static final RowMapper<ProjectSummary> ROW = (rs, n) -> new ProjectSummary(
            rs.getObject("project_id", UUID.class),
            rs.getString("title"),
            rs.getString("description"),
            ProjectStatus.valueOf(rs.getString("status")),
            new Money(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
            rs.getBigDecimal("approved_amount") == null ? null
                    : new Money(rs.getBigDecimal("approved_amount"), rs.getString("approved_currency")),
            new Actor(rs.getString("proposed_by_id"), rs.getString("proposed_by_name"),
                    rs.getString("proposed_by_side") == null ? null : Side.valueOf(rs.getString("proposed_by_side"))),
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
        return jdbc.sql(COLUMNS + " ORDER BY proposed_at DESC, project_id").query(ROW).list();
    }

    Optional<ProjectSummary> find(UUID projectId) {
        return jdbc.sql(COLUMNS + " WHERE project_id = ?").param(projectId).query(ROW).optional();
    }
}
