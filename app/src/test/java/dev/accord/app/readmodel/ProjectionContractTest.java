package dev.accord.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every projection keeps the contract a rebuild relies on (docs/projections.md): its own tables only, all of them
 * listed in ReadModelTables under its processing group, one writer per table, unqualified table names, and writes
 * through its writers and ReadModelWrites only. The last tests show the checks failing on writers that break it.
 */
class ProjectionContractTest {

    @Test
    void everyProjectionKeepsToItsOwnListedTablesThroughItsWriters() {
        Map<String, Class<?>> projections = projections();
        assertThat(projections.keySet())
                .as("the processing groups ReadModelTables lists are those of the projections")
                .containsExactlyInAnyOrderElementsOf(ReadModelTables.processingGroups());
        projections.forEach((group, projection) -> {
            List<TableWriter> writers = ProjectionContract.writersOf(projection);
            assertThat(ProjectionContract.violations(group, projection, writers))
                    .as(projection.getSimpleName())
                    .isEmpty();
        });
    }

    @Test
    void aTableNamedWithItsSchemaBreaksTheContract() {
        assertThat(violations(writer("timeline_entry", "INSERT INTO public.timeline_entry (project_id) VALUES (:id)")))
                .anySatisfy(violation -> assertThat(violation).contains("with its schema"));
    }

    @Test
    void readingAnotherProjectionsTableBreaksTheContract() {
        assertThat(
                        violations(
                                writer(
                                        "timeline_entry",
                                        "INSERT INTO timeline_entry (project_id, summary) SELECT project_id, title FROM project_summary")))
                .anySatisfy(violation -> assertThat(violation).contains("touches project_summary"));
    }

    @Test
    void writingATableReadModelTablesDoesNotListBreaksTheContract() {
        assertThat(violations(writer("timeline_comment", "INSERT INTO timeline_comment (id) VALUES (:id)")))
                .anySatisfy(violation -> assertThat(violation).contains("does not list"));
    }

    @Test
    void aListedTableWithoutAWriterBreaksTheContract() {
        assertThat(ProjectionContract.violations(
                        "pending-approvals",
                        Object.class,
                        List.of(writer("pending_project", "INSERT INTO pending_project (project_id) VALUES (:id)"))))
                .anySatisfy(violation -> assertThat(violation).contains("no writer for pending_approval"));
    }

    @Test
    void theScanFindsTablesAfterEveryKeywordButNotWithClausesOrUpsertSets() {
        assertThat(ProjectionContract.tablesIn("""
                        WITH month AS (SELECT 1 FROM portfolio_project p JOIN portfolio_year y ON true)
                        INSERT INTO portfolio_actuals SELECT * FROM month
                        ON CONFLICT (project_id) DO UPDATE SET spend = excluded.spend"""))
                .containsExactly("portfolio_project", "portfolio_year", "portfolio_actuals");
        assertThat(ProjectionContract.tablesIn("""
                        WITH month (project_id, period) AS (VALUES (:projectId, :period))
                        INSERT INTO project_actuals (project_id, period) SELECT project_id, period FROM month""")).containsExactly("project_actuals");
    }

    private static List<String> violations(TableWriter writer) {
        return ProjectionContract.violations("timeline", Object.class, List.of(writer));
    }

    private static TableWriter writer(String table, String sql) {
        return new TableWriter() {
            @Override
            public String table() {
                return table;
            }

            @Override
            public List<RowStatement> writes() {
                return List.of(RowStatement.batched(sql));
            }
        };
    }

    /** Every class that handles events for a read model, by processing group. */
    private static Map<String, Class<?>> projections() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        Map<String, Class<?>> projections = new TreeMap<>();
        scanner.findCandidateComponents("dev.accord.app").forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            projections.put(type.getAnnotation(ProcessingGroup.class).value(), type);
        });
        return projections;
    }
}
