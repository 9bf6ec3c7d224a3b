package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * One row of a spreadsheet of actuals, as read: the project, the month, its spend and the benefits each ROI metric
 * realised. {@code row} is the row's number in the sheet (the header is row 1), so that a refusal can point at it.
 */
public record ActualsLine(int row, UUID projectId, YearMonth period, Money spend, List<RealisedBenefit> benefits) {

    public ActualsLine {
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
    }

    /** The row as if typed in the actuals dialog by {@code actor}: the business date is the domain's default. */
    public RecordActuals recordedBy(Actor actor) {
        return new RecordActuals(projectId, period, null, spend, benefits, actor);
    }
}
