package dev.accord.ops.bench;

/**
 * One row of domain_event_entry as Axon's JDBC storage engine writes it, without global_index (the database's
 * trigger assigns it). Payload and metadata are Jackson JSON in UTF-8, stored as bytea.
 */
record EventRow(
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    /** The payload class's simple name, e.g. CommentAdded. */
    String eventName() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
