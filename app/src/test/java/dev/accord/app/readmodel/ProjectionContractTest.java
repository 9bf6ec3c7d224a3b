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
 * listed in ReadModelTables under its processing group, one writer per table (a statement writing more than its
 * table declares the others), unqualified table names, and reads and writes through its declared readers and writers
 * and ReadModelWrites only. The other tests show each check failing on a projection that breaks it.
 */
class ProjectionContractTest {

    @Test
    void everyProjectionKeepsToItsOwnListedTablesThroughItsWriters() {
        Map<String, Class<?>> projections = projections();
        assertThat(projections.keySet())
                .as("the processing groups ReadModelTables lists are those of the projections")
                .containsExactlyInAnyOrderElementsOf(ReadModelTables.processingGroups());
        projections.forEach((group, projection) -> {
            List<TableReader> held = ProjectionContract.heldBy(projection);
            assertThat(ProjectionContract.violations(group, projection, held))
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

    @Test
    void aStatementThatDoesNotWriteItsWritersTableBreaksTheContract() {
        assertThat(violations(writer("timeline_entry", "UPDATE timeline_entry_copy SET summary = :summary")))
                .anySatisfy(violation -> assertThat(violation).contains("does not write its own table"));
    }

    @Test
    void writingAnotherOwnTableWithoutDeclaringItBreaksTheContract() {
        TableWriter writer = writer("pending_approval", TWO_TABLES);
        assertThat(pendingApprovals(writer))
                .anySatisfy(violation -> assertThat(violation).contains("without declaring it (alsoWrites)"));
        assertThat(pendingApprovals(writer("pending_approval", TWO_TABLES, "pending_project")))
                .isEmpty();
    }

    @Test
    void declaringATableOutsideTheProjectionBreaksTheContract() {
        assertThat(pendingApprovals(writer("pending_approval", TWO_TABLES, "pending_project", "timeline_entry")))
                .anySatisfy(violation ->
                        assertThat(violation).contains("declares it also writes timeline_entry, not another of"));
    }

    @Test
    void declaringATableNoStatementWritesBreaksTheContract() {
        assertThat(pendingApprovals(writer(
                        "pending_approval", "UPDATE pending_approval SET it_approved = TRUE", "pending_project")))
                .anySatisfy(violation -> assertThat(violation).contains("but none of its statements does"));
    }

    @Test
    void aReaderQueryingAnotherProjectionsTableBreaksTheContract() {
        TableReader reader = () -> List.of("SELECT * FROM timeline_entry t JOIN project_summary s USING (project_id)");
        assertThat(ProjectionContract.violations(
                        "timeline",
                        Object.class,
                        List.of(writer("timeline_entry", "INSERT INTO timeline_entry (id) VALUES (:id)"), reader)))
                .anySatisfy(violation -> assertThat(violation).contains("touches project_summary"));
    }

    @Test
    void theReadersAProjectionHoldsAreCheckedWithItsWriters() {
        assertThat(ProjectionContract.heldBy(ProjectionWithAReader.class))
                .hasSize(1)
                .allSatisfy(held -> assertThat(held).isInstanceOf(SummaryReader.class));
    }

    @Test
    void aHeldClassReachingReadModelWritesWithoutDeclaringItsStatementsBreaksTheContract() {
        assertThat(ProjectionContract.violations(
                        "timeline",
                        ProjectionWithAnUndeclaredReader.class,
                        List.of(writer("timeline_entry", "INSERT INTO timeline_entry (id) VALUES (:id)"))))
                .anySatisfy(
                        violation -> assertThat(violation).contains("UndeclaredReader.writes reaches ReadModelWrites"));
    }

    /** Writes pending_approval and, in the same statement, pending_project. */
    private static final String TWO_TABLES = """
            WITH project AS (UPDATE pending_project SET title = :title WHERE project_id = :projectId)
            UPDATE pending_approval SET project_title = :title WHERE project_id = :projectId""";

    private static List<String> violations(TableWriter writer) {
        return ProjectionContract.violations("timeline", Object.class, List.of(writer));
    }

    private static List<String> pendingApprovals(TableWriter writer) {
        return ProjectionContract.violations(
                "pending-approvals",
                Object.class,
                List.of(
                        writer,
                        writer("pending_project", "INSERT INTO pending_project (project_id) VALUES (:id)"),
                        writer("pending_approval_vote", "DELETE FROM pending_approval_vote WHERE change_id = :id")));
    }

    private static TableWriter writer(String table, String sql, String... alsoWrites) {
        return new TableWriter() {
            @Override
            public String table() {
                return table;
            }

            @Override
            public List<RowStatement> writes() {
                return List.of(RowStatement.batched(sql));
            }

            @Override
            public List<String> alsoWrites() {
                return List.of(alsoWrites);
            }
        };
    }

    /** A projection that publishes what it wrote through a reader of its rows, as the project detail does. */
    static class ProjectionWithAReader {
        private SummaryReader reader;
    }

    static class SummaryReader implements TableReader {
        SummaryReader(ReadModelWrites writes) {}

        @Override
        public List<String> reads() {
            return List.of("SELECT * FROM project_summary");
        }
    }

    /** A projection holding a class of its package that reads through ReadModelWrites but declares nothing. */
    static class ProjectionWithAnUndeclaredReader {
        private UndeclaredReader reader;
    }

    static class UndeclaredReader {
        private ReadModelWrites writes;
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
