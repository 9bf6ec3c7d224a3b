package dev.accord.app.integrity.bundle;

import dev.accord.app.api.NotFoundException;
import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds whose events a bundle asked for holds, from the event table itself rather than from a read model, which may
 * lag behind or be rebuilt: a project is its aggregate; a fiscal year is its Portfolio aggregate and the projects
 * whose proposal names that year (a project's fiscal year is fixed when it is proposed).
 */
@Component
class BundleScopes {

    private final JdbcTemplate jdbc;

    BundleScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    BundleScope of(UUID projectId, Integer fiscalYear) {
        if (projectId != null && fiscalYear != null) {
            throw new InvalidInputException(
                    "fiscalYear", "Ask for one project's bundle or one fiscal year's, not both");
        }
        if (projectId != null) {
            return project(projectId);
        }
        if (fiscalYear != null) {
            return fiscalYear(fiscalYear);
        }
        return BundleScope.ledger();
    }

    private BundleScope project(UUID projectId) {
        Boolean known = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE "
                        + "aggregate_identifier = ? AND type = 'Project')",
                Boolean.class,
                projectId.toString());
        if (!Boolean.TRUE.equals(known)) {
            throw new NotFoundException("The ledger holds no project " + projectId);
        }
        return new BundleScope(BundleScope.Kind.PROJECT, projectId.toString(), List.of(projectId.toString()));
    }

    private BundleScope fiscalYear(int year) {
        if (year < LedgerCalendar.FIRST_YEAR || year > LedgerCalendar.LAST_YEAR) {
            throw new InvalidInputException(
                    "fiscalYear",
                    "The ledger keeps fiscal years " + LedgerCalendar.FIRST_YEAR + " to " + LedgerCalendar.LAST_YEAR);
        }
        List<String> aggregates = new ArrayList<>();
        aggregates.add(Portfolio.idOf(year));
        aggregates.addAll(jdbc.queryForList("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE type = 'Project' AND sequence_number = 0 AND payload_type = ?
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'fiscalYear' = ?
                ORDER BY global_index""", String.class, ProjectProposed.class.getName(), String.valueOf(year)));
        Boolean portfolio = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE "
                        + "aggregate_identifier = ? AND type = 'Portfolio')",
                Boolean.class,
                Portfolio.idOf(year));
        if (aggregates.size() == 1 && !Boolean.TRUE.equals(portfolio)) {
            throw new NotFoundException("The ledger holds nothing for fiscal year " + year);
        }
        return new BundleScope(BundleScope.Kind.FISCAL_YEAR, String.valueOf(year), aggregates);
    }
}
