package dev.accord.app.snapshots;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotationIntrospectorPair;

/**
 * How an aggregate is written into a snapshot and read back: field by field, exactly as event sourcing left it, with
 * no getter, setter or constructor of its own involved. The domain stays free of Jackson: its aggregates keep their
 * state in private fields, their entities have no constructor a reader could call, and each entity holds its root.
 * So here every field is read and written directly, a domain class without a no-argument constructor is made without
 * one ({@link WithoutConstructors}), and an entity's reference to its root is left out of the JSON and set again on
 * reading ({@link EntityReferences}). Records (events, money, terms) are read through their canonical constructors, as
 * the event serializer reads them.
 *
 * <p>A snapshot that does not fit the classes any more (a field was removed or renamed) fails to read, and Axon then
 * loads the aggregate from its events. A field that was added would silently stay empty, which is why an aggregate
 * whose state changes shape must get a new {@code @Revision} (README, "Evolving events"; SnapshotRevisionTest).
 */
final class SnapshotJson {

    private SnapshotJson() {}

    /** A copy of the application's mapper (its modules for dates, Optional and parameter names) set up as above. */
    static ObjectMapper of(ObjectMapper application) {
        ObjectMapper json = application.copy();
        json.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
        json.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        json.setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        json.setAnnotationIntrospector(AnnotationIntrospectorPair.pair(
                new EntityReferences(), json.getSerializationConfig().getAnnotationIntrospector()));
        json.registerModule(new WithoutConstructors());
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        json.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return json;
    }
}
