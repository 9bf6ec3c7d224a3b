package dev.accord.app.demo;

import dev.accord.app.command.ReadYourWrites;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.Money;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
