package dev.accord.app.live;

import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.ReadModelChanged;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * What projections tell open views: which read model changed, for which project or year, and who did what. A change
 * is held in the unit of work of the projection that made it and leaves with its commit ({@link ReadModelCommits}):
 * every node hears of it the moment the change can be read, and tells its own open views, which read again. A unit
 * of work that rolls back, as a rebuild's replay always does, sends nothing.
 */
@Component
public class LiveUpdates {

    /** Notes are told in a notification: a comment of pages is cut short there (the view shows all of it). */
    static final int NOTE_LENGTH = 300;

    private static final String PENDING = LiveUpdates.class.getName() + ".pending";

    private final QueryUpdateEmitter emitter;
    /** Views read again on these threads, never on the one that hears the database. */
    private final ExecutorService telling = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    LiveUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** The read model behind these open queries changed; {@code key} picks them (null: all of the kind). */
    public void changed(LiveQuery query, Object key, ActivityNote note) {
        String resolved = key == null ? "" : key.toString();
        changedByLookup(query, () -> Optional.of(resolved), note);
    }

    /**
     * As {@link #changed(LiveQuery, Object, ActivityNote)}, with a key that is looked up only when the change is sent,
     * in the projection's transaction: never during a replay, which sends nothing.
     */
    public void changedByLookup(LiveQuery query, Supplier<? extends Optional<?>> key, ActivityNote note) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get()
                    .<List<Pending>>getOrComputeResource(PENDING, name -> new ArrayList<>())
                    .add(new Pending(query, key, shortened(note)));
        }
    }

    /** The changes made in this unit of work, each once. */
    Set<Change> takeChanges(UnitOfWork<?> unitOfWork) {
        List<Pending> pending = unitOfWork.getResource(PENDING);
        Set<Change> changes = new LinkedHashSet<>();
        if (pending != null) {
            for (Pending change : pending) {
                change.key()
                        .get()
                        .ifPresent(key -> changes.add(new Change(change.query(), key.toString(), change.note())));
            }
            pending.clear();
        }
        return changes;
    }

    /** Tells this node's open queries of changes committed on any node. */
    void tell(Collection<Change> changes) {
        for (Change change : changes) {
            telling.execute(() -> emitter.emit(
                    message -> change.query().concerns(message.getPayload(), change.key()),
                    new ReadModelChanged(change.note())));
        }
    }

    /** After notifications may have been missed: every open view reads again, naming nobody. */
    void tellEveryone() {
        telling.execute(() -> emitter.emit(
                message -> java.util.Arrays.stream(LiveQuery.values())
                        .anyMatch(query -> query.queryType().isInstance(message.getPayload())),
                ReadModelChanged.unnamed()));
    }

    @PreDestroy
    void stop() {
        telling.shutdownNow();
    }

    private static ActivityNote shortened(ActivityNote note) {
        if (note == null || note.text() == null || note.text().length() <= NOTE_LENGTH) {
            return note;
        }
        return new ActivityNote(note.actorUserId(), note.text().substring(0, NOTE_LENGTH - 1) + "\u2026");
    }

    private record Pending(LiveQuery query, Supplier<? extends Optional<?>> key, ActivityNote note) {}
}
