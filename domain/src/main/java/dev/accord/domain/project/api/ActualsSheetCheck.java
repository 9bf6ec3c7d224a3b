package dev.accord.domain.project.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * A spreadsheet of actuals as checked: the metric columns it has, its rows with their problems, and the problems of
 * the file as a whole (no such column, not a spreadsheet, too many rows). It can be imported only when nothing at
 * all is wrong: the import records every row or none.
 */
public record ActualsSheetCheck(List<String> metrics, List<ActualsSheetRow> rows, List<ActualsProblem> fileProblems) {

    public ActualsSheetCheck {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    /** A file that cannot be read at all. */
    public static ActualsSheetCheck unreadable(ActualsProblem problem) {
        return new ActualsSheetCheck(List.of(), List.of(), List.of(problem));
    }

    /** Every problem, the file's first, then row by row. */
    public List<ActualsProblem> problems() {
        return Stream.concat(fileProblems.stream(), rows.stream().flatMap(row -> row.problems().stream()))
                .toList();
    }

    public boolean isImportable() {
        return !rows.isEmpty() && problems().isEmpty();
    }

    public List<ActualsLine> lines() {
        return rows.stream().map(ActualsSheetRow::line).toList();
    }
}
