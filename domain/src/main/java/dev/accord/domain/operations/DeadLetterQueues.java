package dev.accord.domain.operations;

import dev.accord.domain.operations.api.DeadLetter;
import java.util.Optional;

/** Port: the read models' queues of parked events, kept by the application. */
public interface DeadLetterQueues {

    /** The parked event, if the read model holds one with that id. */
    Optional<DeadLetter> find(String processingGroup, String eventIdentifier);

    /** Hands the project's parked events back to the read model; returns how many it took. */
    int retry(String processingGroup, String sequence);

    /** Removes the parked event, then retries what waited behind it. */
    void evict(DeadLetter letter);
}
