package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo story: The data-warehouse migration: overspend, and a reassessment that adjusts the budget. */
final class DataWarehouseMigration {

    private DataWarehouseMigration() {}

    static void record(DemoHistory h, JdbcClient jdbc) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2025-10-06T10:30",
                "ivo",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Data-warehouse migration",
                        "Move the on-premises warehouse to a columnar cloud service; nightly loads become hourly.",
                        "CFO",
                        List.of("management reporting", "demand planning"),
                        List.of("decisions on yesterday's numbers"),
                        List.of("retire the warehouse appliance"),
                        eur("420000"),
                        2026,
                        a,
                        "Finance"));
        h.at(
                "2025-10-14T14:20",
                "ivo",
                a -> new SubmitEstimate(
                        p,
                        eur("360000"),
                        eur("48000"),
                        4,
                        eur("330000"),
                        eur("450000"),
                        "Appliance lease ends March 2026",
                        a));
        h.at(
                "2025-10-20T09:50",
                "ida",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "appliance lease", "EUR 0", eur("120000")),
                                new ExpectedBenefit(
                                        BenefitCategory.PRODUCTIVITY, "report latency", "1 hour", eur("60000"))),
                        a));
        // Finance's own estimate completes the business case the initial budget needs before it takes effect.
        h.at(
                "2025-10-21T11:00",
                "finn",
                a -> new SubmitEstimate(
                        p,
                        eur("380000"),
                        eur("50000"),
                        4,
                        eur("350000"),
                        eur("470000"),
                        "Two months of lease overlap",
                        a));
        h.assess(p, "2025-10-22T10:00", "ivo", new int[] {4, 4, 5, 3}, "2025-10-23T15:10", "fay", new int[] {4, 3, 4, 3
        });
        h.at("2025-12-02T09:30", "finn", a -> new ApproveChange(p, initial, 1, null, a));
        h.at("2025-12-02T13:05", "ida", a -> new ApproveChange(p, initial, 1, "Lease ends in March: go", a));
        h.actuals(
                p,
                "ivo",
                YearMonth.of(2025, 12),
                YearMonth.of(2026, 8),
                new String[] {"30000", "52000", "61000", "74000", "69000", "63000", "58000", "42000", "33000"},
                "appliance lease",
                "12500");
        // Spend passed the budget by more than 10 %: the reassessment fell due on its own. Its id is in the event
        // store (the read models catch up asynchronously).
        String reassessment =
                jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::json ->> 'reassessmentId' FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.ReassessmentFellDue'
                        ORDER BY sequence_number DESC LIMIT 1""").param(p.toString()).query(String.class).optional().orElse(null);
        UUID due = reassessment == null ? callReassessment(h, p) : UUID.fromString(reassessment);
        h.at(
                "2026-09-08T10:00",
                "ivo",
                a -> new SubmitReassessmentView(
                        p,
                        due,
                        "Hourly loads needed a second ingestion tier; the appliance is already returned.",
                        DemoHistory.answers(4, 4, 5, 3),
                        ReassessmentOutcome.ADJUST,
                        a));
        h.at(
                "2026-09-09T15:30",
                "fay",
                a -> new SubmitReassessmentView(
                        p,
                        due,
                        "Lease saving is real; latency benefit is behind plan but measurable.",
                        DemoHistory.answers(3, 3, 4, 2),
                        ReassessmentOutcome.ADJUST,
                        a));
        UUID conclusion = UUID.randomUUID();
        UUID followUp = UUID.randomUUID();
        h.at(
                "2026-09-10T11:00",
                "fay",
                a -> new ConcludeReassessment(
                        p,
                        due,
                        conclusion,
                        ReassessmentOutcome.ADJUST,
                        followUp,
                        eur("520000"),
                        "Fund the second ingestion tier; no further scope",
                        a));
        // The conclusion is joint: it ends the reassessment, and opens the budget change, once both sides approve it.
        h.at("2026-09-10T14:00", "ida", a -> new ApproveChange(p, conclusion, 1, null, a));
        h.at("2026-09-10T16:30", "finn", a -> new ApproveChange(p, conclusion, 1, "Agreed with IT", a));
        h.at("2026-09-11T09:15", "ida", a -> new ApproveChange(p, followUp, 1, null, a));
        h.at("2026-09-11T16:20", "finn", a -> new ApproveChange(p, followUp, 1, "Covered by the 2026 reserve", a));
    }

    private static UUID callReassessment(DemoHistory h, UUID p) {
        UUID id = UUID.randomUUID();
        h.at("2026-09-07T09:00", "fay", a -> new CallReassessment(p, id, "Spend is well over plan", a));
        return id;
    }
}
