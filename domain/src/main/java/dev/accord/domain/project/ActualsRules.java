package dev.accord.domain.project;

import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a month's actuals must hold: a past or running month, a business date no later than tomorrow (by default the
 * month's end, or today while the month runs), ledger amounts, and realised benefits named by the ROI case's metrics.
 */
final class ActualsRules {

    private ActualsRules() {}

    /**
     * The actuals as they will be recorded, with the spend to date they bring.
     *
     * @param expected the latest ROI case's benefits, or null before one is recorded
     */
    static ActualsRecorded recorded(
            UUID projectId,
            RecordActuals command,
            LocalDate today,
            MonthlyActuals actuals,
            List<ExpectedBenefit> expected,
            ProjectCurrency ledger) {
        if (command.period() == null) {
            throw new InvalidInputException("period", "Name the month the actuals are for");
        }
        LedgerCalendar.checkMonth("period", command.period());
        LedgerCalendar.checkDate("businessDate", command.businessDate());
        if (command.period().isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("period", "Actuals cannot be recorded for a future month");
        }
        LocalDate monthEnd = command.period().atEndOfMonth();
        LocalDate businessDate =
                command.businessDate() != null ? command.businessDate() : monthEnd.isAfter(today) ? today : monthEnd;
        if (businessDate.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("businessDate", "The business date cannot be in the future");
        }
        Money spend = ledger.amountOrZero("spend", command.spend());
        List<RealisedBenefit> benefits = realised(command.benefits(), expected, ledger);
        Money spendToDate = ledger.of(actuals.spendToDateWith(command.period(), spend.amount()));
        return new ActualsRecorded(
                projectId, command.period(), businessDate, spend, benefits, spendToDate, command.actor());
    }

    private static List<RealisedBenefit> realised(
            List<RealisedBenefit> given, List<ExpectedBenefit> expected, ProjectCurrency ledger) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Texts.checkSize("benefits", given);
        if (expected == null) {
            throw new InvalidInputException("benefits", "Benefits are measured against an ROI case; record one first");
        }
        Set<String> metrics = new LinkedHashSet<>();
        expected.forEach(benefit -> metrics.add(benefit.metric()));
        List<RealisedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RealisedBenefit benefit = given.get(i);
            if (benefit == null
                    || benefit.metric() == null
                    || !metrics.contains(benefit.metric().strip())) {
                throw new InvalidInputException(
                        "benefits[" + i + "].metric",
                        "Name one of the ROI case's metrics: " + String.join(", ", metrics));
            }
            benefits.add(new RealisedBenefit(
                    benefit.metric().strip(), ledger.amountOrZero("benefits[" + i + "].amount", benefit.amount())));
        }
        return benefits;
    }
}
