package dev.accord.ops.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One project's history made from the captured events: the captured opening (proposal, estimate, both approvals,
 * the decision) under a new project and change id, then comments with an estimate and a month of actuals now
 * and then. Every event is one the Project aggregate accepts in that order: estimate versions count up, actuals
 * are for consecutive months with a running spend to date, comments have ids of their own.
 */
final class SyntheticProject {

    /** How often, counted in events after the opening, an estimate and a month of actuals come up. */
    record Mix(int estimateEvery, int actualsEvery) {}

    private final CapturedEvents captured;
    private final PortfolioStream portfolio;
    private final Mix mix;
    private final int events;
    private final UUID id = UUID.randomUUID();
    private final UUID changeId = UUID.randomUUID();
    private final PayloadTemplate comment;
    private final PayloadTemplate estimate;
    private final PayloadTemplate actuals;
    private final BigDecimal monthlySpend;
    private final YearMonth firstMonth;
    private int sequence;
    private int estimateVersion;
    private int months;

    SyntheticProject(CapturedEvents captured, PortfolioStream portfolio, int events, Mix mix) {
        if (events < captured.opening().size()) {
            throw new IllegalArgumentException(
                    "A project needs at least " + captured.opening().size() + " events");
        }
        this.captured = captured;
        this.portfolio = portfolio;
        this.events = events;
        this.mix = mix;
        this.comment = PayloadTemplate.of(
                captured.comment().payload(), Map.of("projectId", "project", "commentId", "comment", "text", "text"));
        this.estimate =
                PayloadTemplate.of(captured.estimate().payload(), Map.of("projectId", "project", "version", "version"));
        this.actuals = PayloadTemplate.of(
                captured.actuals().payload(),
                Map.of(
                        "projectId",
                        "project",
                        "period",
                        "period",
                        "businessDate",
                        "date",
                        "spendToDate/amount",
                        "toDate"));
        this.monthlySpend = new BigDecimal("1000.00");
        this.estimateVersion = captured.estimatesInOpening();
        // Months counting back from the captured one are never in the future, wherever the history ends.
        this.firstMonth = YearMonth.now().minusYears(10);
    }

    UUID id() {
        return id;
    }

    boolean hasNext() {
        return sequence < events;
    }

    /** The next event; the decision comes with the year's allocation before it, as one unit of work wrote them. */
    List<EventRow> next(Instant at) {
        String stamp = at.truncatedTo(ChronoUnit.MILLIS).toString();
        int opening = captured.opening().size();
        if (sequence < opening) {
            EventRow template = captured.opening().get(sequence);
            EventRow row = row(template, stamp, rekeyed(template.payload()));
            if (sequence == opening - 1) {
                return List.of(portfolio.allocate(id, changeId, at), row);
            }
            return List.of(row);
        }
        int afterOpening = sequence - opening + 1;
        if (afterOpening % mix.estimateEvery() == 0) {
            return List.of(row(
                    captured.estimate(), stamp, estimate.fill(Map.of("project", id, "version", ++estimateVersion))));
        }
        if (afterOpening % mix.actualsEvery() == 0) {
            YearMonth period = firstMonth.plusMonths(months++);
            BigDecimal toDate = monthlySpend.multiply(BigDecimal.valueOf(months));
            return List.of(row(
                    captured.actuals(),
                    stamp,
                    actuals.fill(
                            Map.of("project", id, "period", period, "date", period.atEndOfMonth(), "toDate", toDate))));
        }
        return List.of(row(
                captured.comment(),
                stamp,
                comment.fill(Map.of(
                        "project",
                        id,
                        "comment",
                        UUID.randomUUID(),
                        "text",
                        "Comment " + sequence + ": figures checked against the " + "latest invoice"))));
    }

    private EventRow row(EventRow template, String stamp, byte[] payload) {
        return new EventRow(
                UUID.randomUUID().toString(),
                id.toString(),
                sequence++,
                template.type(),
                stamp,
                template.payloadType(),
                template.payloadRevision(),
                payload,
                template.metaData());
    }

    /** The captured opening under this project's ids: both UUIDs occur only as those ids. */
    private byte[] rekeyed(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8)
                .replace(captured.projectId().toString(), id.toString())
                .replace(captured.changeId().toString(), changeId.toString())
                .getBytes(StandardCharsets.UTF_8);
    }
}
