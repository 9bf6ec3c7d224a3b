package dev.accord.app.command;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
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
 * up other commands or the projections. It waits for the read models that take the events the command wrote, and of
 * each only for the segment that handles them, on whichever node processes it: each node's projections tell every
 * node when they commit ({@link ProjectionPositions}). It waits only so long: when they lag beyond the patience, the
 * answer says so in the {@value #BEHIND_HEADER} header (and the log) instead of looking fresh.
 */
@Component
public class ReadYourWrites {

    /** Metadata a batch writer (the demo history) sets when no one reads between its commands. */
    public static final String NO_WAIT = "noReadYourWritesWait";
    /** Names the read models that had not caught up with the command when its answer was sent. */
    public static final String BEHIND_HEADER = "Accord-Read-Models-Behind";

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /** The events the command being sent on this thread wrote; null when no command is being sent. */
    private static final ThreadLocal<List<EventMessage<?>>> WRITTEN = new ThreadLocal<>();

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
            List<EventMessage<?>> written = WRITTEN.get();
            if (written != null) {
                written.addAll(messages);
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
        List<EventMessage<?>> outer = WRITTEN.get();
        List<EventMessage<?>> written = new ArrayList<>();
        WRITTEN.set(written);
        R result;
        try {
            result = send.get();
        } finally {
            WRITTEN.set(outer);
        }
        awaitReadModels(written);
        return result;
    }

    private void awaitReadModels(List<EventMessage<?>> written) {
        Map<String, Long> indexes = written.isEmpty()
                ? Map.of()
                : positions.indexesOf(
                        written.stream().map(EventMessage::getIdentifier).toList());
        Set<String> behind;
        long index;
        if (written.isEmpty() || indexes.size() < written.size()) {
            // Nothing seen means the command was handled on another thread (the gateway retries a lost race on its
            // own executor): then every read model is waited for, as it may have written anything.
            index = positions.lastEventIndex();
            behind = positions.awaitEverySegmentAt(index, patience);
        } else {
            index = Collections.max(indexes.values());
            behind = positions.awaitHandled(
                    written.stream()
                            .map(event -> new ProjectionPositions.Written(event, indexes.get(event.getIdentifier())))
                            .toList(),
                    patience);
        }
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
