package dev.accord.app.command;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A command returns only once the read models it changed show its effect, so whoever sent it (a browser, an API
 * client) never reads a stale answer right after their own write. The wait comes after the command is done: its
 * transaction committed, its project's lock released and its connection back in the pool, so waiting users never hold
 * up other commands or the projections. It waits for the read models that take the events the command wrote, not
 * for the others, and only so long: when they lag beyond the patience, the answer says so in the
 * {@value #BEHIND_HEADER} header (and the log) instead of looking fresh.
 */
@Component
public class ReadYourWrites {

    /** Metadata a batch writer (the demo history) sets when no one reads between its commands. */
    public static final String NO_WAIT = "noReadYourWritesWait";
    /** Names the read models that had not caught up with the command when its answer was sent. */
    public static final String BEHIND_HEADER = "Accord-Read-Models-Behind";

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /** The types of events the command being sent on this thread wrote; null when no command is being sent. */
    private static final ThreadLocal<Set<Class<?>>> WRITTEN = new ThreadLocal<>();

    private final ProjectionPositions positions;
    private final Duration patience;

    ReadYourWrites(
            ProjectionPositions positions,
            EventBus events,
            @Value("${accord.read-your-writes.timeout:PT2S}") Duration patience) {
        this.positions = positions;
        this.patience = patience;
        // The command bus handles a command on the thread that sends it, and events are published while it runs.
        events.registerDispatchInterceptor(messages -> {
            Set<Class<?>> written = WRITTEN.get();
            if (written != null) {
                messages.forEach(message -> written.add(message.getPayloadType()));
            }
            return (index, message) -> message;
        });
    }

    /** Sends a command through {@code send}, then waits for the read models its events go to. */
    <R> R afterwards(Object command, Supplier<R> send) {
        if (command instanceof CommandMessage<?> message
                && Boolean.TRUE.equals(message.getMetaData().get(NO_WAIT))) {
            return send.get();
        }
        Set<Class<?>> outer = WRITTEN.get();
        Set<Class<?>> written = new HashSet<>();
        WRITTEN.set(written);
        R result;
        try {
            result = send.get();
        } finally {
            WRITTEN.set(outer);
        }
        // Nothing seen means the command was handled on another thread (the gateway retries a lost race on its own
        // executor): then every read model is waited for, as it may have written anything.
        awaitReadModels(written.isEmpty() ? Set.of(Object.class) : written);
        return result;
    }

    private void awaitReadModels(Set<Class<?>> written) {
        long index = positions.lastEventIndex();
        Set<String> behind = positions.awaitProjectionsAt(index, written, patience);
        if (!behind.isEmpty()) {
            log.warn(
                    "Read models {} have not caught up with event {} within {}; the next read may be stale",
                    behind,
                    index,
                    patience);
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null) {
                HttpServletResponse response = request.getResponse();
                response.setHeader(BEHIND_HEADER, String.join(", ", behind));
            }
        }
    }
}
