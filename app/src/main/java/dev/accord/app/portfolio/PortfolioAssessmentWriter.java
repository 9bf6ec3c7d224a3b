package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes {@code portfolio_assessment}: each side's rating of each question, per project and round. */
@Component
class PortfolioAssessmentWriter implements TableWriter {

    // An upsert, sent on its own: a side may answer a round again before the other side has, so its key may come twice
    // in a run a rebuild batches; the later answer replaces the earlier.
    private static final RowStatement ANSWERED = RowStatement.single("""
            INSERT INTO portfolio_assessment (project_id, round, side, question, rating)
            VALUES (:projectId, :round, :side, :question, :rating)
            ON CONFLICT (project_id, round, side, question) DO UPDATE SET rating = excluded.rating""");

    private final ReadModelWrites writes;

    PortfolioAssessmentWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void answered(UUID projectId, int round, Side side, List<AssessmentAnswer> answers) {
        for (AssessmentAnswer answer : answers) {
            writes.write(
                    ANSWERED,
                    new MapSqlParameterSource("projectId", projectId)
                            .addValue("round", round)
                            .addValue("side", side.name())
                            .addValue("question", answer.question().name())
                            .addValue("rating", answer.rating()));
        }
    }

    @Override
    public String table() {
        return "portfolio_assessment";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ANSWERED);
    }
}
