package dev.accord.domain.operations;

import dev.accord.domain.shared.Actor;

/** Port: the application's machinery that replays the event stream into new read models. */
public interface ReadModelRebuilder {

    /**
     * Starts a rebuild in the background and returns at once.
     *
     * @throws dev.accord.domain.shared.ConflictException if one is already running
     */
    void start(Actor startedBy);
}
