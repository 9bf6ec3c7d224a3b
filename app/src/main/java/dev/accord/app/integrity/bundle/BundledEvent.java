package dev.accord.app.integrity.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.accord.app.integrity.CanonicalEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One line of a bundle's events.jsonl: every column of the event's row, byte strings in base64 so that the canonical
 * bytes can be rebuilt exactly, its place among the leaves, the leaf hash logged for it and its RFC 9162 inclusion
 * proof in the tree of the bundle's checkpoint. The readable payload and metadata are there for people; a verifier
 * checks that they are the same bytes as the base64 ones, so they cannot say something else.
 *
 * @param leafIndex null when the event was never logged: then it has no proof and the bundle cannot be verified
 */
public record BundledEvent(
        Long leafIndex,
        long globalIndex,
        String eventIdentifier,
        String type,
        String aggregateIdentifier,
        long sequenceNumber,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metaData,
        String leafHash,
        List<String> inclusionProof,
        @JsonInclude(JsonInclude.Include.NON_NULL) String readablePayload,
        @JsonInclude(JsonInclude.Include.NON_NULL) String readableMetaData) {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    static BundledEvent of(Long leafIndex, CanonicalEvent event, byte[] leafHash, List<byte[]> proof) {
        return new BundledEvent(
                leafIndex,
                event.globalIndex(),
                event.eventIdentifier(),
                event.aggregateType(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.timeStamp(),
                event.payloadType(),
                event.payloadRevision(),
                base64(event.payload()),
                base64(event.metaData()),
                base64(leafHash),
                proof == null
                        ? null
                        : proof.stream().map(BASE64::encodeToString).toList(),
                readable(event.payload()),
                readable(event.metaData()));
    }

    /** The row again, from the base64 columns only. */
    public CanonicalEvent event() {
        return new CanonicalEvent(
                globalIndex,
                eventIdentifier,
                type,
                aggregateIdentifier,
                sequenceNumber,
                timeStamp,
                payloadType,
                payloadRevision,
                bytes(payload),
                bytes(metaData));
    }

    /** How a message names this event: "event 1234 (Project 7c1e…, sequence 4)". */
    public String where() {
        return "event " + globalIndex + " (" + (type == null ? "" : type + " ") + aggregateIdentifier + ", sequence "
                + sequenceNumber + ")";
    }

    static byte[] bytes(String base64) {
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : BASE64.encodeToString(bytes);
    }

    /** The bytes as text when they are valid UTF-8 (Accord's JSON payloads are), else nothing. */
    static String readable(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
