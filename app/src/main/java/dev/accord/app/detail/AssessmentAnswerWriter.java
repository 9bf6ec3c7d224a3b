package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_assessment_answer: each side's latest answer to each question, round by round. */
@Component
class AssessmentAnswerWriter implements TableWriter {

    /** Single: a side may answer the same question again within one batch of a rebuild, and the later answer wins. */
    private static final RowStatement ANSWERED = RowStatement.single("""
            INSERT INTO project_assessment_answer (project_id, round, side, question, rating, rationale,
                answered_by_name, answered_at)
            VALUES (:projectId, :round, :side, :question, :rating, :rationale, :answeredByName, :answeredAt)
            ON CONFLICT (project_id, round, side, question) DO UPDATE SET rating = excluded.rating,
                rationale = excluded.rationale, answered_by_name = excluded.answered_by_name,
                answered_at = excluded.answered_at""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM project_assessment_answer");

    private final ReadModelWrites writes;

    AssessmentAnswerWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void answered(UUID projectId, AssessmentAnswerRow answer) {
        writes.write(
                ANSWERED,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("round", answer.round())
                        .addValue("side", answer.side().name())
                        .addValue("question", answer.question().name())
                        .addValue("rating", answer.rating())
                        .addValue("rationale", answer.rationale())
                        .addValue("answeredByName", answer.answeredBy())
                        .addValue("answeredAt", Timestamp.from(answer.at())));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    @Override
    public String table() {
        return "project_assessment_answer";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ANSWERED, FORGET_ALL);
    }
}
