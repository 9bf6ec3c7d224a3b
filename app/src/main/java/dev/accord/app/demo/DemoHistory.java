package dev.accord.app.demo;

import dev.accord.app.command.ReadYourWrites;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.Money;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes the demo history through the real commands, each as the person who would have sent it and at the
 * moment it would have happened, so the ledger a first-time user opens reads like a year of shared work.
 * Only the recording clock is set back; every rule applies as it does for live commands.
 */
final class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final CommandGateway commands;
    private final UserDetailsService users;
    private int sent;

    DemoHistory(CommandGateway commands, UserDetailsService users) {
        this.commands = commands;
        this.users = users;
    }

    /** Sends a command as {@code username} at {@code when} (UTC, "2025-07-10T09:12"), built for that actor. */
    <R> R at(String when, String username, Function<Actor, Object> command) {
        UserDetails user = users.loadUserByUsername(username);
        Actor actor = ((ActorPrincipal) user).actor();
        Clock real = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(LocalDateTime.parse(when).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            sent++;
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command.apply(actor))
                    .andMetaData(MetaData.with(ReadYourWrites.NO_WAIT, true)));
        } finally {
            SecurityContextHolder.clearContext();
            GenericEventMessage.clock = real;
        }
    }

    void yearBudget(
            int year,
            String requestedAt,
            String requester,
            Money budget,
            String approvedAt,
            String firstApprover,
            String secondApprover) {
        UUID change = UUID.randomUUID();
        at(
                requestedAt,
                requester,
                actor -> new RequestYearBudget(
                        year, change, budget, "IT budget for " + year + " as agreed in the budget round", actor));
        at(approvedAt, firstApprover, actor -> new ApproveYearBudget(year, change, 1, null, actor));
        at(
                approvedAt.substring(0, 11) + "16:40",
                secondApprover,
                actor -> new ApproveYearBudget(year, change, 1, "Agreed", actor));
    }

    void discountRate(int year, String at, String rate) {
        at(at, "fay", actor -> new SetDiscountRate(year, new java.math.BigDecimal(rate), actor));
    }

    /** Both sides answer the assessment: the first, then the second. */
    void assess(
            UUID p,
            String firstAt,
            String first,
            int[] firstRatings,
            String secondAt,
            String second,
            int[] secondRatings) {
        at(firstAt, first, a -> new AnswerAssessment(p, answers(firstRatings), a));
        at(secondAt, second, a -> new AnswerAssessment(p, answers(secondRatings), a));
    }

    static List<AssessmentAnswer> answers(int... ratings) {
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
    void actuals(
            UUID p, String who, YearMonth from, YearMonth to, String[] spend, String metric, String monthlyBenefit) {
        YearMonth month = from;
        for (int i = 0; !month.isAfter(to) && i < spend.length; i++, month = month.plusMonths(1)) {
            YearMonth period = month;
            Money spent = eur(spend[i]);
            Money benefit = eur(monthlyBenefit);
            at(
                    period.plusMonths(1).atDay(4) + "T09:30",
                    who,
                    a -> new RecordActuals(p, period, null, spent, List.of(new RealisedBenefit(metric, benefit)), a));
        }
    }

    int sent() {
        return sent;
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static void logDone(int commands) {
        log.info("Demo mode: wrote a history of {} commands across five projects and two fiscal years", commands);
    }
}
