package dev.accord.app.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.cluster.DatabaseNotifications;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells every node when a projection commits: the position its segment reached (read-your-writes waits for it) and
 * the changes it made for open views ({@link LiveUpdates}). The notification is sent in the projection's transaction,
 * as it prepares to commit: it arrives once the read model can be read, and never for a transaction that rolled back.
 */
@Component
public class ReadModelCommits {

    static final String CHANNEL = "accord_read_models";
    /** PostgreSQL refuses a notification of 8000 bytes or more; larger commits are told in parts. */
    static final int MAX_BYTES = 7_900;

    private static final String TOLD = ReadModelCommits.class.getName() + ".told";

    /** Told of every segment position any node's projection committed. */
    @FunctionalInterface
    public interface PositionListener {
        void reached(String processor, int segment, long position);
    }

    private final DatabaseNotifications notifications;
    private final LiveUpdates live;
    private final ObjectMapper json;
    private final List<PositionListener> positionListeners = new CopyOnWriteArrayList<>();

    ReadModelCommits(DatabaseNotifications notifications, LiveUpdates live, ObjectMapper json) {
        this.notifications = notifications;
        this.live = live;
        this.json = json;
        notifications.listen(CHANNEL, this::heard);
        notifications.afterGap(live::tellEveryone);
    }

    public void onPosition(PositionListener listener) {
        positionListeners.add(listener);
    }

    /** Registered on each projection's processor: tells of the unit of work's commit, once per batch of events. */
    public MessageHandlerInterceptor<EventMessage<?>> tellingCommitsOf(String processor) {
        // The unit of work is the processor's batch, or the one Axon starts to hand a parked event back (nested in
        // whatever was running then): its own commit is the read model's.
        return (unitOfWork, chain) -> {
            if (unitOfWork.resources().putIfAbsent(TOLD, Boolean.TRUE) == null) {
                unitOfWork.onPrepareCommit(committing -> tell(processor, committing));
            }
            return chain.proceed();
        };
    }

    private void tell(String processor, UnitOfWork<?> unitOfWork) {
        Integer segment = unitOfWork.getResource("Processor[" + processor + "]/SegmentId");
        TrackingToken token = unitOfWork.getResource("Processor[" + processor + "]/Token");
        long position = token == null ? -1 : token.position().orElse(-1);
        List<Change> changes = new ArrayList<>(live.takeChanges(unitOfWork));
        for (String part : parts(new ReadModelCommit(processor, segment == null ? -1 : segment, position, changes))) {
            notifications.send(CHANNEL, part);
        }
    }

    /** The commit as notifications under PostgreSQL's size limit: the changes split in halves until each fits. */
    private List<String> parts(ReadModelCommit commit) {
        String whole = write(commit);
        if (whole.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                || commit.changes().size() <= 1) {
            return List.of(whole);
        }
        int half = commit.changes().size() / 2;
        List<String> parts = new ArrayList<>(parts(new ReadModelCommit(
                commit.processor(),
                commit.segment(),
                commit.position(),
                commit.changes().subList(0, half))));
        parts.addAll(parts(new ReadModelCommit(
                commit.processor(),
                commit.segment(),
                commit.position(),
                commit.changes().subList(half, commit.changes().size()))));
        return parts;
    }

    private void heard(String payload) {
        ReadModelCommit commit;
        try {
            commit = json.readValue(payload, ReadModelCommit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a read model's commit: " + e.getOriginalMessage(), e);
        }
        if (commit.position() >= 0 && commit.segment() >= 0) {
            positionListeners.forEach(
                    listener -> listener.reached(commit.processor(), commit.segment(), commit.position()));
        }
        if (!commit.changes().isEmpty()) {
            live.tell(commit.changes());
        }
    }

    private String write(ReadModelCommit commit) {
        try {
            return json.writeValueAsString(commit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A read model's commit could not be written as JSON", e);
        }
    }
}
