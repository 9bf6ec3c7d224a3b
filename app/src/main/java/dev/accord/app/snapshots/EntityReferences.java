package dev.accord.app.snapshots;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

/**
 * An aggregate's entities each hold a reference to their root (a change request asks its project for the ledger's
 * currency and status). Written as it is, that reference would lead back to the root and round again forever. Read
 * as Jackson's managed and back references instead: the root's {@link AggregateMember} fields are the managed side,
 * each entity's field of the root's type the back side, which is left out of the JSON and set to the root being read.
 * A root is a class with an {@link AggregateIdentifier} field, as Axon knows it.
 */
final class EntityReferences extends NopAnnotationIntrospector {

    private static final ClassValue<Boolean> IS_ROOT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (Arrays.stream(c.getDeclaredFields())
                        .anyMatch(f -> f.isAnnotationPresent(AggregateIdentifier.class))) {
                    return true;
                }
            }
            return false;
        }
    };

    @Override
    public ReferenceProperty findReferenceType(AnnotatedMember member) {
        if (!(member instanceof AnnotatedField field)) {
            return null;
        }
        Class<?> owner = field.getDeclaringClass();
        if (field.hasAnnotation(AggregateMember.class)
                && IS_ROOT.get(owner)
                && holdsItsRoot(entityType(field.getType()), owner)) {
            return ReferenceProperty.managed(owner.getName());
        }
        Class<?> type = field.getRawType();
        if (IS_ROOT.get(type) && !type.equals(owner)) {
            return ReferenceProperty.back(type.getName());
        }
        return null;
    }

    /** The entity a member field holds: the field's own type, or the values of its map or collection. */
    private static Class<?> entityType(JavaType type) {
        return type.isContainerType() ? type.getContentType().getRawClass() : type.getRawClass();
    }

    private static boolean holdsItsRoot(Class<?> entity, Class<?> root) {
        return Arrays.stream(entity.getDeclaredFields()).map(Field::getType).anyMatch(root::equals);
    }
}
