package dev.accord.app.retrospective;

import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.Participant;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Words;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A retrospective as a PDF report: title block, plan against actual with the spend chart, decisions, people. */
final class RetrospectivePdf {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String TIMES = "Decision times are when the ledger recorded them (UTC); months are the "
            + "business periods actuals were recorded for, each counted once as last recorded.";

    private RetrospectivePdf() {}

    static byte[] of(ProjectRetrospective p, Instant generatedAt) {
        PdfReport pdf = new PdfReport("Retrospective: " + p.title(), "Accord retrospective \u00b7 " + p.title());
        pdf.title(
                "Retrospective: " + p.title(),
                "Fiscal year " + p.fiscalYear() + " \u00b7 " + Words.of(p.status()) + " \u00b7 sponsor "
                        + text(p.sponsor()),
                "Proposed by " + p.proposedBy() + " on " + at(p.proposedAt()),
                "Generated " + at(generatedAt) + ", covering the history up to " + at(p.asOf()));
        pdf.section("Cost: plan against actual");
        pdf.figures(new String[][] {
            {"Requested budget", money(p.cost().requestedBudget())},
            {"First approved budget", money(p.cost().firstApprovedBudget())},
            {"Approved budget now", money(p.cost().approvedBudget())},
            {"Spend to date", money(p.cost().spendToDate())},
            {"Variance (spend - budget)", money(p.cost().variance())},
            {"Budget used", percent(p.cost().usedPercent())}
        });
        chart(pdf, p.months(), "Approved budget in force");
        months(pdf, p.months());
        pdf.section("Benefits: plan against actual");
        pdf.figures(new String[][] {
            {"Expected a year (ROI case)", money(p.benefits().expectedYearly())},
            {"Expected to date", money(p.benefits().expectedToDate())},
            {"Realised to date", money(p.benefits().realisedToDate())},
            {"Realised of expected", percent(p.benefits().realisedPercent())}
        });
        pdf.note("Expected to date: one twelfth of the yearly benefits for every month from the first month with "
                + "actuals to the last.");
        pdf.table(
                new String[] {"Metric", "Target", "Expected a year", "Realised to date"},
                new boolean[] {false, false, true, true},
                new float[] {3, 3, 2, 2},
                p.benefits().metrics().stream()
                        .map(m -> new String[] {
                            m.metric(), text(m.target()), money(m.expectedYearly()), money(m.realisedToDate())
                        })
                        .toList());
        pdf.section("Schedule: plan against actual");
        pdf.figures(new String[][] {
            {"Planned end (latest agreed)", text(p.schedule().plannedEnd())},
            {"Budget first approved", at(p.schedule().startedAt())},
            {"First month with actuals", text(p.schedule().firstActualsPeriod())},
            {"Last month with actuals", text(p.schedule().lastActualsPeriod())},
            {
                "Closed",
                p.schedule().closedAt() == null ? "not closed" : at(p.schedule().closedAt())
            },
            {"Days past planned end", text(p.schedule().daysPastPlannedEnd())}
        });
        pdf.note("The ledger holds no planned end besides the target dates of TIMELINE changes, and a project "
                + "closes only by a COMPLETE or CANCEL change.");
        pdf.section("Decisions and their lead times");
        pdf.note(TIMES);
        pdf.table(
                new String[] {"Decision", "Outcome", "Terms", "Version", "Decided", "From proposal", "From opening"},
                new boolean[] {false, false, false, true, false, true, true},
                new float[] {3, 2.4f, 3, 1.8f, 3, 2, 2},
                p.decisions().stream()
                        .map(d -> new String[] {
                            d.subject(),
                            Words.of(d.outcome()),
                            d.terms(),
                            String.valueOf(d.versions()),
                            at(d.decidedAt()) + "\n" + d.decidedBy(),
                            DecisionLeadTime.describe(d.sinceProposal()),
                            DecisionLeadTime.describe(d.sinceOpened())
                        })
                        .toList());
        counts(pdf, p.counts());
        pdf.section("Reasons given");
        pdf.table(
                new String[] {"Kind", "About", "Reason", "Given by"},
                new boolean[] {false, false, false, false},
                new float[] {2, 3, 5, 3},
                p.reasons().stream()
                        .map(r -> new String[] {
                            Words.of(r.kind()), r.about(), text(r.text()), r.givenBy() + "\n" + at(r.at())
                        })
                        .toList());
        participants(pdf, p.participants());
        return pdf.finish();
    }

    static byte[] of(YearRetrospective y, Instant generatedAt) {
        PdfReport pdf = new PdfReport(
                "Retrospective: fiscal year " + y.fiscalYear(),
                "Accord retrospective \u00b7 fiscal year " + y.fiscalYear());
        pdf.title(
                "Retrospective: fiscal year " + y.fiscalYear(),
                y.projects().size() + " projects",
                "Generated " + at(generatedAt));
        pdf.section("The year: plan against actual");
        pdf.figures(new String[][] {
            {"IT budget", y.budget() == null ? "not set" : money(y.budget())},
            {"Allocated to approved projects", money(y.allocated())},
            {"Spend to date", money(y.spendToDate())},
            {"Benefits expected a year", money(y.benefitsExpectedYearly())},
            {"Benefits realised to date", money(y.benefitsRealisedToDate())}
        });
        chart(pdf, y.months(), "Allocated to approved projects");
        pdf.section("Projects");
        pdf.table(
                new String[] {
                    "Project",
                    "Status",
                    "Approved",
                    "Spent",
                    "Benefits a year",
                    "Realised",
                    "Planned end",
                    "To first decision"
                },
                new boolean[] {false, false, true, true, true, true, false, true},
                new float[] {3.4f, 1.8f, 2.2f, 2.2f, 2.2f, 2.2f, 1.8f, 1.8f},
                y.projects().stream()
                        .map(line -> new String[] {
                            line.title(),
                            Words.of(line.status()),
                            money(line.approvedBudget()),
                            money(line.spendToDate()),
                            money(line.benefitsExpectedYearly()),
                            money(line.benefitsRealisedToDate()),
                            text(line.plannedEnd()),
                            DecisionLeadTime.describe(line.toFirstDecision())
                        })
                        .toList());
        pdf.table(
                new String[] {
                    "Project", "Requests", "Took effect", "Revisions", "Rejections", "Withdrawals", "Reassessments"
                },
                new boolean[] {false, true, true, true, true, true, true},
                new float[] {4, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.8f},
                y.projects().stream()
                        .map(line -> new String[] {
                            line.title(),
                            String.valueOf(line.counts().changesRequested()),
                            String.valueOf(line.counts().tookEffect()),
                            String.valueOf(line.counts().revisions()),
                            String.valueOf(line.counts().rejections()),
                            String.valueOf(line.counts().withdrawals()),
                            String.valueOf(line.counts().reassessments())
                        })
                        .toList());
        months(pdf, y.months());
        counts(pdf, y.counts());
        participants(pdf, y.participants());
        return pdf.finish();
    }

    private static void chart(PdfReport pdf, List<MonthPlanVersusActual> months, String planLabel) {
        if (months.isEmpty()) {
            pdf.note("No actuals recorded yet, so there is no spend to chart.");
            return;
        }
        pdf.note("Plan against actual spend by month (cumulative), with benefits expected and realised.");
        pdf.image(SpendChart.png(months, planLabel, 720, 340), pdf.usableWidth());
    }

    private static void months(PdfReport pdf, List<MonthPlanVersusActual> months) {
        pdf.table(
                new String[] {
                    "Month",
                    "Spend",
                    "Spend to date",
                    "Plan (budget)",
                    "Benefits",
                    "Benefits to date",
                    "Expected to date"
                },
                new boolean[] {false, true, true, true, true, true, true},
                new float[] {1.4f, 2, 2.2f, 2.2f, 2, 2.2f, 2.2f},
                months.stream()
                        .map(m -> new String[] {
                            m.period().toString(),
                            money(m.spend()),
                            money(m.spendToDate()),
                            money(m.budgetInForce()),
                            money(m.benefitsRealised()),
                            money(m.benefitsRealisedToDate()),
                            money(m.benefitsExpectedToDate())
                        })
                        .toList());
    }

    private static void counts(PdfReport pdf, DecisionCounts c) {
        pdf.section("How much deciding it took");
        pdf.figures(new String[][] {
            {"Changes requested", String.valueOf(c.changesRequested())},
            {"Took effect", String.valueOf(c.tookEffect())},
            {"Revisions", String.valueOf(c.revisions())},
            {"Rejections", String.valueOf(c.rejections())},
            {"Withdrawals", String.valueOf(c.withdrawals())},
            {"Reassessments (concluded)", c.reassessments() + " (" + c.reassessmentsConcluded() + ")"},
            {"Approvals given", String.valueOf(c.approvalsGiven())},
            {"Comments", String.valueOf(c.comments())}
        });
    }

    private static void participants(PdfReport pdf, List<Participant> participants) {
        pdf.section("Who took part");
        pdf.table(
                new String[] {"Side", "Person", "What they did"},
                new boolean[] {false, false, false},
                new float[] {1.2f, 2.5f, 7},
                participants.stream()
                        .map(person -> new String[] {person.side().label(), person.displayName(), person.describe()})
                        .toList());
    }

    private static String money(Money money) {
        return money == null ? "\u2014" : money.toString();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "\u2014" : value.toPlainString() + " %";
    }

    private static String at(Instant instant) {
        return instant == null ? "\u2014" : AT.format(instant);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? "\u2014" : value.toString();
    }
}
