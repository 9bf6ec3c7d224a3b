package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import dev.accord.domain.shared.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In demo mode, on first start only, the shared history of five projects over the last eighteen months: the
 * ERP upgrade (estimates revised, a revised and re-approved budget change), the data-warehouse migration
 * (overspend, a reassessment that adjusts the budget), the zero-trust network (a budget change rejected), the
 * customer-portal rebuild (waiting for IT's approval) and an expense tool whose proposal was rejected.
 */
@Component
@Conditional(dev.accord.app.user.DemoModeCondition.class)
@Order(2)
class DemoPortfolio implements ApplicationRunner {

    private final CommandGateway commands;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DemoPortfolio(CommandGateway commands, UserDetailsService users, JdbcClient jdbc) {
        this.commands = commands;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single()
                > 0) {
            return; // the ledger already has a history: never write the demo into it
        }
        DemoHistory h = new DemoHistory(commands, users);
        h.yearBudget(2025, "2025-05-12T10:05", "fay", eur("2000000"), "2025-05-14T09:30", "ida", "finn");
        h.discountRate(2025, "2025-05-12T10:20", "8");
        h.yearBudget(2026, "2025-11-24T14:00", "finn", eur("3500000"), "2025-11-28T11:15", "ivo", "fay");
        h.discountRate(2026, "2025-11-24T14:10", "8.5");

        erpUpgrade(h);
        dataWarehouse(h);
        zeroTrust(h);
        customerPortal(h);
        expenseTool(h);
        DemoHistory.logDone(h.sent());
    }

    private void erpUpgrade(DemoHistory h) {
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
                        a));
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
        assess(h, p, "2025-06-30T09:00", "ida", new int[] {4, 5, 4, 2}, "2025-07-01T10:30", "finn", new int[] {
            4, 4, 4, 2
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
        actuals(
                h,
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

    private void dataWarehouse(DemoHistory h) {
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
                        a));
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
        assess(h, p, "2025-10-22T10:00", "ivo", new int[] {4, 4, 5, 3}, "2025-10-23T15:10", "fay", new int[] {4, 3, 4, 3
        });
        h.at("2025-12-02T09:30", "finn", a -> new ApproveChange(p, initial, 1, null, a));
        h.at("2025-12-02T13:05", "ida", a -> new ApproveChange(p, initial, 1, "Lease ends in March: go", a));
        actuals(
                h,
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
                        answers(4, 4, 5, 3),
                        ReassessmentOutcome.ADJUST,
                        a));
        h.at(
                "2026-09-09T15:30",
                "fay",
                a -> new SubmitReassessmentView(
                        p,
                        due,
                        "Lease saving is real; latency benefit is behind plan but measurable.",
                        answers(3, 3, 4, 2),
                        ReassessmentOutcome.ADJUST,
                        a));
        UUID followUp = UUID.randomUUID();
        h.at(
                "2026-09-10T11:00",
                "fay",
                a -> new ConcludeReassessment(
                        p,
                        due,
                        ReassessmentOutcome.ADJUST,
                        followUp,
                        eur("520000"),
                        "Fund the second ingestion tier; no further scope",
                        a));
        h.at("2026-09-11T09:15", "ida", a -> new ApproveChange(p, followUp, 1, null, a));
        h.at("2026-09-11T16:20", "finn", a -> new ApproveChange(p, followUp, 1, "Covered by the 2026 reserve", a));
    }

    private UUID callReassessment(DemoHistory h, UUID p) {
        UUID id = UUID.randomUUID();
        h.at("2026-09-07T09:00", "fay", a -> new CallReassessment(p, id, "Spend is well over plan", a));
        return id;
    }

    private void zeroTrust(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-01-12T09:00",
                "ida",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Zero-trust network",
                        "Replace the VPN with identity-aware access to every internal service.",
                        "CISO",
                        List.of("remote work", "supplier access"),
                        List.of("pass the 2027 insurance audit"),
                        List.of("one access model for every service"),
                        eur("650000"),
                        2026,
                        a));
        h.at(
                "2026-01-19T10:40",
                "ida",
                a -> new SubmitEstimate(
                        p,
                        eur("540000"),
                        eur("70000"),
                        5,
                        eur("500000"),
                        eur("700000"),
                        "Licences per user; two network engineers for six months",
                        a));
        h.at(
                "2026-01-26T14:00",
                "ida",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.RISK_REDUCTION, "expected breach cost", "-60 %", eur("150000")),
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "VPN licences", "EUR 0", eur("45000"))),
                        a));
        assess(h, p, "2026-01-28T10:00", "ida", new int[] {3, 3, 5, 4}, "2026-01-29T11:45", "finn", new int[] {
            3, 3, 4, 2
        });
        h.at(
                "2026-01-30T09:10",
                "finn",
                a -> new AddComment(
                        p,
                        UUID.randomUUID(),
                        new CommentSubject(CommentSubject.Kind.ASSESSMENT, null),
                        "Security is a licence to operate, not an advantage " + "over competitors; hence my 2.",
                        a));
        h.at("2026-02-03T10:00", "fay", a -> new ApproveChange(p, initial, 1, null, a));
        h.at("2026-02-03T11:30", "ivo", a -> new ApproveChange(p, initial, 1, null, a));
        actuals(
                h,
                p,
                "ida",
                YearMonth.of(2026, 2),
                YearMonth.of(2026, 10),
                new String[] {"40000", "65000", "72000", "70000", "61000", "66000", "59000", "48000", "45000"},
                "VPN licences",
                "13500");
        UUID phaseTwo = UUID.randomUUID();
        h.at(
                "2026-10-05T10:00",
                "ida",
                a -> new RequestChange(
                        p,
                        phaseTwo,
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("800000")),
                        "Phase 2: extend to the factory networks",
                        a));
        h.at(
                "2026-10-07T15:25",
                "finn",
                a -> new RejectChange(
                        p, phaseTwo, "Phase 2 belongs in the 2027 budget round, not in this year's reserve", a));
    }

    private void customerPortal(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-10-19T09:30",
                "ivo",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Customer-portal rebuild",
                        "Rebuild the customer portal on the new identity platform; self-service for orders and invoices.",
                        "CMO",
                        List.of("order entry", "invoice queries"),
                        List.of("halve service-desk calls"),
                        List.of("one identity platform"),
                        eur("1200000"),
                        2026,
                        a));
        h.at(
                "2026-10-28T13:00",
                "ivo",
                a -> new SubmitEstimate(
                        p,
                        eur("1050000"),
                        eur("90000"),
                        5,
                        eur("950000"),
                        eur("1400000"),
                        "Two agile teams for nine months",
                        a));
        h.at(
                "2026-11-04T10:10",
                "ivo",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "service-desk calls", "-50 %", eur("260000")),
                                new ExpectedBenefit(
                                        BenefitCategory.REVENUE, "online re-orders", "+8 %", eur("180000"))),
                        a));
        h.at(
                "2026-11-18T16:00",
                "fay",
                a -> new ApproveChange(p, initial, 1, "Fits what is left of 2026; IT, over to you", a));
    }

    private void expenseTool(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-04-06T11:00",
                "finn",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Expense-tool replacement",
                        "Replace the spreadsheet-based expense process with a SaaS tool.",
                        "CFO",
                        List.of("travel and expenses"),
                        List.of("reimburse within 5 days"),
                        List.of(),
                        eur("90000"),
                        2026,
                        a));
        h.at(
                "2026-04-09T09:45",
                "ivo",
                a -> new RejectChange(
                        p, initial, "The upgraded ERP ships a travel-and-expense module; let us use it first", a));
    }

    private static void assess(
            DemoHistory h,
            UUID p,
            String firstAt,
            String first,
            int[] firstRatings,
            String secondAt,
            String second,
            int[] secondRatings) {
        h.at(firstAt, first, a -> new AnswerAssessment(p, answers(firstRatings), a));
        h.at(secondAt, second, a -> new AnswerAssessment(p, answers(secondRatings), a));
    }

    private static List<AssessmentAnswer> answers(int... ratings) {
        String[] why = {
            "The benefits are named, measured monthly and owned by the sponsor",
            "The processes it improves are named and have owners",
            "It is on both the company roadmap and the IT roadmap",
            "Whether competitors could simply buy the same"
        };
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        return java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> new AssessmentAnswer(questions[i], ratings[i], why[i]))
                .toList();
    }

    /** One actuals entry per month, recorded on the 4th of the following month. */
    private static void actuals(
            DemoHistory h,
            UUID p,
            String who,
            YearMonth from,
            YearMonth to,
            String[] spend,
            String metric,
            String monthlyBenefit) {
        YearMonth month = from;
        for (int i = 0; !month.isAfter(to) && i < spend.length; i++, month = month.plusMonths(1)) {
            YearMonth period = month;
            Money spent = eur(spend[i]);
            Money benefit = eur(monthlyBenefit);
            h.at(
                    period.plusMonths(1).atDay(4) + "T09:30",
                    who,
                    a -> new RecordActuals(p, period, null, spent, List.of(new RealisedBenefit(metric, benefit)), a));
        }
    }
}
