package dev.accord.app.retrospective;

import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.MetricPlanVersusActual;
import dev.accord.domain.retrospective.api.MonthPlanVersusActual;
import dev.accord.domain.retrospective.api.Participant;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.StatedReason;
import dev.accord.domain.retrospective.api.YearProjectLine;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A retrospective as one long CSV table, {@code section,item,measure,value,unit}, so a spreadsheet can filter
 * and pivot it and a program can read it without knowing the report's layout. Amounts are plain decimals with
 * the currency as unit; lead times are hours; instants are ISO-8601 UTC. Texts that a spreadsheet would take for a
 * formula are written with a leading single quote ({@link #text}).
 */
final class RetrospectiveCsv {

    static final String[] HEADER = {"section", "item", "measure", "value", "unit"};

    private final CSVPrinter csv;
    private final StringWriter text = new StringWriter();

    private RetrospectiveCsv() {
        try {
            csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] of(ProjectRetrospective project, Instant generatedAt) {
        RetrospectiveCsv file = new RetrospectiveCsv();
        file.row("report", "", "generated at", generatedAt, "");
        file.project(project);
        return file.bytes();
    }

    static byte[] of(YearRetrospective year, Instant generatedAt) {
        RetrospectiveCsv file = new RetrospectiveCsv();
        file.row("report", "", "generated at", generatedAt, "");
        file.row("year", String.valueOf(year.fiscalYear()), "IT budget", year.budget());
        file.row("year", String.valueOf(year.fiscalYear()), "allocated", year.allocated());
        file.row("year", String.valueOf(year.fiscalYear()), "spend to date", year.spendToDate());
        file.row("year", String.valueOf(year.fiscalYear()), "benefits expected yearly", year.benefitsExpectedYearly());
        file.row("year", String.valueOf(year.fiscalYear()), "benefits realised to date", year.benefitsRealisedToDate());
        for (YearProjectLine line : year.projects()) {
            String item = line.title();
            file.row("project", item, "status", line.status().name(), "");
            file.row("project", item, "requested budget", line.requestedBudget());
            file.row("project", item, "approved budget", line.approvedBudget());
            file.row("project", item, "spend to date", line.spendToDate());
            file.row("project", item, "benefits expected yearly", line.benefitsExpectedYearly());
            file.row("project", item, "benefits realised to date", line.benefitsRealisedToDate());
            file.row("project", item, "planned end", line.plannedEnd(), "");
            file.row("project", item, "last month with actuals", line.lastActualsPeriod(), "");
            file.row("project", item, "proposal to first decision", hours(line.toFirstDecision()), "hours");
            file.counts(item, line.counts());
        }
        file.months(year.months());
        file.counts("all projects", year.counts());
        file.participants(year.participants());
        return file.bytes();
    }

    private void project(ProjectRetrospective p) {
        row("project", p.title(), "fiscal year", p.fiscalYear(), "");
        row("project", p.title(), "status", p.status().name(), "");
        row("project", p.title(), "sponsor", p.sponsor(), "");
        row("project", p.title(), "proposed by", p.proposedBy(), "");
        row("project", p.title(), "proposed at", p.proposedAt(), "");
        row("project", p.title(), "history up to", p.asOf(), "");
        row("cost", "", "requested budget", p.cost().requestedBudget());
        row("cost", "", "first approved budget", p.cost().firstApprovedBudget());
        row("cost", "", "approved budget", p.cost().approvedBudget());
        row("cost", "", "spend to date", p.cost().spendToDate());
        row("cost", "", "variance", p.cost().variance());
        row("cost", "", "used", p.cost().usedPercent(), "%");
        row("benefits", "", "expected yearly", p.benefits().expectedYearly());
        row("benefits", "", "expected to date", p.benefits().expectedToDate());
        row("benefits", "", "realised to date", p.benefits().realisedToDate());
        row("benefits", "", "realised of expected", p.benefits().realisedPercent(), "%");
        for (MetricPlanVersusActual metric : p.benefits().metrics()) {
            row("benefit metric", metric.metric(), "target", metric.target(), "");
            row("benefit metric", metric.metric(), "expected yearly", metric.expectedYearly());
            row("benefit metric", metric.metric(), "realised to date", metric.realisedToDate());
        }
        row("schedule", "", "planned end", p.schedule().plannedEnd(), "");
        p.schedule()
                .targetDates()
                .forEach(target -> row(
                        "schedule", "target date agreed " + target.agreedAt(), "target date", target.targetDate(), ""));
        row("schedule", "", "budget first approved at", p.schedule().startedAt(), "");
        row("schedule", "", "first month with actuals", p.schedule().firstActualsPeriod(), "");
        row("schedule", "", "last month with actuals", p.schedule().lastActualsPeriod(), "");
        row("schedule", "", "months with actuals", p.schedule().monthsWithActuals(), "");
        row("schedule", "", "closed at", p.schedule().closedAt(), "");
        row("schedule", "", "days past planned end", p.schedule().daysPastPlannedEnd(), "days");
        months(p.months());
        for (DecisionLeadTime decision : p.decisions()) {
            String item = decision.subject() + " (" + decision.id() + ")";
            row("decision", item, "outcome", decision.outcome(), "");
            row("decision", item, "terms", decision.terms(), "");
            row("decision", item, "version", decision.versions(), "");
            row("decision", item, "decided at", decision.decidedAt(), "");
            row("decision", item, "decided by", decision.decidedBy(), "");
            row("decision", item, "lead time from proposal", hours(decision.sinceProposal()), "hours");
            row("decision", item, "lead time from opening", hours(decision.sinceOpened()), "hours");
            row("decision", item, "reason", decision.reason(), "");
        }
        counts("", p.counts());
        for (StatedReason reason : p.reasons()) {
            row(
                    "reason",
                    reason.about(),
                    reason.kind().name().toLowerCase(),
                    reason.text(),
                    reason.givenBy() + " at " + reason.at());
        }
        participants(p.participants());
    }

    private void months(List<MonthPlanVersusActual> months) {
        for (MonthPlanVersusActual month : months) {
            String item = month.period().toString();
            row("month", item, "spend", month.spend());
            row("month", item, "spend to date", month.spendToDate());
            row("month", item, "budget in force", month.budgetInForce());
            row("month", item, "benefits realised", month.benefitsRealised());
            row("month", item, "benefits realised to date", month.benefitsRealisedToDate());
            row("month", item, "benefits expected to date", month.benefitsExpectedToDate());
        }
    }

    private void counts(String item, DecisionCounts counts) {
        row("counts", item, "changes requested", counts.changesRequested(), "");
        row("counts", item, "took effect", counts.tookEffect(), "");
        row("counts", item, "revisions", counts.revisions(), "");
        row("counts", item, "rejections", counts.rejections(), "");
        row("counts", item, "withdrawals", counts.withdrawals(), "");
        row("counts", item, "reassessments", counts.reassessments(), "");
        row("counts", item, "reassessments concluded", counts.reassessmentsConcluded(), "");
        row("counts", item, "approvals given", counts.approvalsGiven(), "");
        row("counts", item, "comments", counts.comments(), "");
    }

    private void participants(List<Participant> participants) {
        for (Participant participant : participants) {
            String item = participant.displayName() + " (" + participant.userId() + ")";
            row("participant", item, "side", participant.side().name(), "");
            participant.contributions().forEach((part, times) -> row("participant", item, part.phrase(), times, ""));
        }
    }

    private void row(String section, String item, String measure, Money money) {
        row(
                section,
                item,
                measure,
                money == null ? null : money.amount().setScale(2, RoundingMode.UNNECESSARY),
                money == null ? "" : money.currency());
    }

    private void row(String section, String item, String measure, Object value, String unit) {
        try {
            csv.printRecord(
                    text(section),
                    text(item),
                    text(measure),
                    value instanceof BigDecimal number
                            ? number.toPlainString()
                            : value instanceof Number number
                                    ? number.toString()
                                    : text(value == null ? "" : value.toString()),
                    text(unit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text as people entered it, never a formula: following OWASP's advice on CSV injection, a cell that begins
     * with =, +, -, @, tab or carriage return gets a leading single quote, so a project titled
     * {@code =HYPERLINK(...)} is shown, not run, in the spreadsheet of whoever opens the file. Numbers never pass
     * here and stay numbers, a negative variance included.
     */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Hours with two decimals: lead times in a unit a spreadsheet can add up. */
    static BigDecimal hours(Duration duration) {
        return duration == null
                ? null
                : BigDecimal.valueOf(duration.toMillis())
                        .divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_EVEN);
    }

    private byte[] bytes() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
