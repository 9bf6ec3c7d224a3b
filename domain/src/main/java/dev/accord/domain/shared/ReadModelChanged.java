package dev.accord.domain.shared;

/**
 * Tells a live view that the read model it shows has changed, so that it reads it again: the update every live query
 * receives, small enough to travel between nodes. The note says who did what, for views that tell it; it is null when
 * the read model has nobody to name, or when updates may have been missed (the database was out of reach).
 */
public record ReadModelChanged(ActivityNote note) {

    /** A change nobody is named for: read again, say nothing. */
    public static ReadModelChanged unnamed() {
        return new ReadModelChanged(null);
    }
}
