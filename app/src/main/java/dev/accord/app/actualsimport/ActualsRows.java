package dev.accord.app.actualsimport;

import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.project.api.ActualsSheetRow;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads each row of a sheet into the actuals it would record, in the ledger's currency, noting what cannot be read:
 * no such project, no month, an amount that is no number, the same project's month on an earlier row. Whether the
 * ledger takes what was read is decided afterwards, by the ledger itself ({@link ActualsDryRun}).
 */
final class ActualsRows {

    private final ActualsColumns columns;
    private final ProjectNames.Lookup projects;
    private final String currency;
    private final Map<String, Integer> monthsSeen = new HashMap<>();

    ActualsRows(ActualsColumns columns, ProjectNames.Lookup projects, String currency) {
        this.columns = columns;
        this.projects = projects;
        this.currency = currency;
    }

    ActualsSheetRow read(SheetRow row) {
        List<ActualsProblem> problems = new ArrayList<>();
        SheetCell projectCell = columns.project(row);
        String written = projectCell.isEmpty() ? "" : projectCell.text();
        UUID projectId = null;
        String title = null;
        if (written.isEmpty()) {
            problems.add(problem(row, ActualsColumns.PROJECT, "Name the project by its exact title or its id"));
        } else {
            ProjectNames.Named named = projects.named(written);
            if (named.problem() != null) {
                problems.add(problem(row, ActualsColumns.PROJECT, named.problem()));
            }
            projectId = named.id();
            title = named.title();
        }
        YearMonth period = null;
        try {
            period = SheetValues.month(columns.month(row));
        } catch (SheetValues.Unreadable unreadable) {
            problems.add(problem(row, ActualsColumns.MONTH, unreadable.getMessage()));
        }
        Money spend = null;
        try {
            BigDecimal amount = SheetValues.amount(columns.spend(row));
            if (amount == null) {
                problems.add(problem(row, ActualsColumns.SPEND, "How much was spent this month? 0 if nothing"));
            } else {
                spend = new Money(amount, currency);
            }
        } catch (SheetValues.Unreadable unreadable) {
            problems.add(problem(row, ActualsColumns.SPEND, unreadable.getMessage()));
        }
        List<RealisedBenefit> benefits = new ArrayList<>();
        for (String metric : columns.metrics()) {
            try {
                BigDecimal amount = SheetValues.amount(columns.metric(row, metric));
                if (amount != null) {
                    benefits.add(new RealisedBenefit(metric, new Money(amount, currency)));
                }
            } catch (SheetValues.Unreadable unreadable) {
                problems.add(problem(row, metric, unreadable.getMessage()));
            }
        }
        if (projectId != null && period != null) {
            Integer earlier = monthsSeen.putIfAbsent(projectId + " " + period, row.number());
            if (earlier != null) {
                problems.add(problem(
                        row,
                        ActualsColumns.MONTH,
                        "Row " + earlier + " already gives " + period + " of this project; keep one row per month"));
            }
        }
        return new ActualsSheetRow(row.number(), written, projectId, title, period, spend, benefits, problems);
    }

    private static ActualsProblem problem(SheetRow row, String column, String message) {
        return new ActualsProblem(row.number(), column, message);
    }
}
