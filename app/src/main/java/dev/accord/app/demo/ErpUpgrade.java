package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Demo story: The ERP upgrade: estimates revised, then a revised and re-approved budget change. */
final class ErpUpgrade {

    private ErpUpgrade() {}

    static void record(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2025-06-02T09:14",
                "ida",
                a -> new ProposeProject(
                        p,
                        initial,
                        "ERP upgrade to the vendor's current release",
                        "The ERP release we run leaves support in 2026. Upgrade, retire three custom modules and move "
                                + "order-to-cash onto the standard flow.",
                        "COO",
                        List.of("order to cash", "procure to pay", "monthly close"),
                        List.of("close the books in 5 days instead of 9"),
                        List.of("retire three custom modules"),
                        eur("850000"),
                        2025,
                        a,
                        "Operations"));
        h.at(
                "2025-06-10T15:30",
                "ivo",
                a -> new SubmitEstimate(
                        p,
                        eur("760000"),
                        eur("55000"),
                        5,
                        eur("700000"),
                        eur("900000"),
                        "Integrator at EUR 1,100 a day; data migration in two waves",
                        a));
        h.at(
                "2025-06-18T11:02",
                "fay",
                a -> new SubmitEstimate(
                        p,
                        eur("840000"),
                        eur("62000"),
                        5,
                        eur("780000"),
                        eur("980000"),
                        "Finance adds licence true-up and a 10 % contingency",
                        a));
        h.at(
                "2025-06-19T08:45",
                "fay",
                a -> new AddComment(
                        p,
                        UUID.randomUUID(),
                        new CommentSubject(CommentSubject.Kind.ESTIMATE, "2"),
                        "The true-up is in the vendor's renewal letter of May.",
                        a));
        h.at(
                "2025-06-24T10:20",
                "ivo",
                a -> new SubmitEstimate(
                        p,
                        eur("830000"),
                        eur("60000"),
                        5,
                        eur("790000"),
                        eur("950000"),
                        "Agreed with Finance: true-up included, contingency 8 %",
                        a));
        h.at(
                "2025-06-26T13:10",
                "ida",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING,
                                        "custom-module maintenance",
                                        "EUR 0 from 2027",
                                        eur("190000")),
                                new ExpectedBenefit(
                                        BenefitCategory.PRODUCTIVITY, "days to close", "5 days", eur("140000"))),
                        a));
        h.assess(p, "2025-06-30T09:00", "ida", new int[] {4, 5, 4, 2}, "2025-07-01T10:30", "finn", new int[] {4, 4, 4, 2
        });
        h.at("2025-07-02T16:05", "fay", a -> new ApproveChange(p, initial, 1, "Within the 2025 envelope", a));
        h.at(
                "2025-07-03T09:40",
                "ida",
                a -> new ReviseChange(
                        p,
                        initial,
                        ChangeTerms.budget(eur("830000")),
                        "Align the request with the agreed estimate (version 3)",
                        a));
        h.at("2025-07-04T10:15", "fay", a -> new ApproveChange(p, initial, 2, "Re-approved at the agreed figure", a));
        h.at("2025-07-07T08:55", "ivo", a -> new ApproveChange(p, initial, 2, null, a));
        h.actuals(
                p,
                "ivo",
                YearMonth.of(2025, 7),
                YearMonth.of(2026, 10),
                new String[] {
                    "38000", "52000", "61000", "64000", "58000", "47000", "66000", "71000", "69000", "60000", "44000",
                    "41000", "30000", "26000"
                },
                "custom-module maintenance",
                "23000");
        UUID budgetChange = UUID.randomUUID();
        h.at(
                "2026-03-16T10:00",
                "ida",
                a -> new RequestChange(
                        p,
                        budgetChange,
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("920000")),
                        "Data migration of 14 years of orders is larger than sampled",
                        a));
        h.at("2026-03-17T09:20", "fay", a -> new ApproveChange(p, budgetChange, 1, null, a));
        h.at(
                "2026-03-17T14:45",
                "finn",
                a -> new AddComment(
                        p,
                        UUID.randomUUID(),
                        new CommentSubject(CommentSubject.Kind.CHANGE, budgetChange.toString()),
                        "Can the archive years stay read-only in the old system? That would save a wave.",
                        a));
        h.at(
                "2026-03-19T11:30",
                "ida",
                a -> new ReviseChange(
                        p,
                        budgetChange,
                        ChangeTerms.budget(eur("890000")),
                        "Archive years 2012-2017 stay read-only in the old system, as Finn suggested",
                        a));
        h.at("2026-03-20T09:05", "fay", a -> new ApproveChange(p, budgetChange, 2, "Good compromise", a));
        h.at("2026-03-20T10:12", "ivo", a -> new ApproveChange(p, budgetChange, 2, null, a));
    }
}
