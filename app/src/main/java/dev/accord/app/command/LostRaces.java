package dev.accord.app.command;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two nodes deciding on the same project at once both append the event after the last one they read, and PostgreSQL
 * refuses the second at the event table's unique (aggregate, sequence) key. That loser is retried on fresh state by
 * the command gateway (AxonConfiguration), where the rules decide again. Two things make it so:
 *
 * <ul>
 *   <li>The refusal reaches Axon as the lost race it is, a {@link ConcurrencyException}, and not as a failure of the
 *       store. Axon's default for JDBC looks for a SQLIntegrityConstraintViolationException, which PostgreSQL's driver
 *       never throws; PostgreSQL says it with SQLSTATE 23505, unique_violation, also on the batch exception of a
 *       batched insert. Other integrity violations stay failures.
 *   <li>The gateway's retry scheduler asks {@link #isNoPartOfALostRace} of the failure and of each of its causes, and
 *       gives up at the first yes. A lost race is a ConcurrencyException caused by the driver's SQLExceptions, so
 *       none of those may say yes; anything else (a refusal by the rules, a store that is down) is not retried.
 * </ul>
 *
 * TwoNodesAndACacheIT provokes such a race on purpose.
 */
@Configuration(proxyBeanMethods = false)
public class LostRaces {

    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver duplicateKeyIsALostRace() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /** Whether a failure, or one of its causes, is not part of a lost race: then the command is not retried. */
    public static boolean isNoPartOfALostRace(Throwable failure) {
        return !(failure instanceof SQLException || isLostRace(failure));
    }

    private static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
