package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * One row of a spreadsheet of actuals as checked: what it says (the project as written, and the project it names
 * when there is one), what it would record, and every problem that stops it. Unreadable values are null.
 */
public record ActualsSheetRow(
        int row,
        String project,
        UUID projectId,
        String projectTitle,
        YearMonth period,
        Money spend,
        List<RealisedBenefit> benefits,
        List<ActualsProblem> problems) {

    public ActualsSheetRow {
        benefits = List.copyOf(benefits);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The row as the import records it. */
    public ActualsLine line() {
        return new ActualsLine(row, projectId, period, spend, benefits);
    }
}
