package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Schedule, planned against actual. The ledger records no planned start or end beyond the target dates of
 * TIMELINE changes, and a project ends only by a COMPLETE or CANCEL change; so this says what exists: the
 * target dates agreed, when the budget was first approved, the first and last months with actuals, and when
 * the project closed, if it did.
 *
 * @param plannedEnd        the target date of the latest TIMELINE change that took effect; null if none did
 * @param targetDates       every target date that took effect, oldest first
 * @param startedAt         when the initial budget took effect; null if it never did
 * @param closedAt          when a COMPLETE or CANCEL change took effect, or the initial budget was rejected
 * @param daysPastPlannedEnd days from the planned end to the closing (or, while open, to the last month with
 *                          actuals' end) when later than planned; zero when on time; null without a planned end
 */
public record SchedulePlanVersusActual(
        LocalDate plannedEnd,
        List<TargetDate> targetDates,
        Instant startedAt,
        YearMonth firstActualsPeriod,
        YearMonth lastActualsPeriod,
        int monthsWithActuals,
        ProjectStatus status,
        Instant closedAt,
        Long daysPastPlannedEnd) {

    /** A target end date, and when the TIMELINE change naming it took effect. */
    public record TargetDate(LocalDate targetDate, Instant agreedAt) {}
}
