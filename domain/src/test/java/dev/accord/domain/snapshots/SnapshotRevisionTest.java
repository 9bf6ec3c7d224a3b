package dev.accord.domain.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A snapshot holds an aggregate's state field by field, its entities' and value objects' too, and is read back only
 * by the same {@code @Revision} of the aggregate class: a snapshot of another revision is ignored and the aggregate
 * is folded from its events. A field added without a new revision would be read back empty from an older snapshot,
 * and the aggregate would decide on state it never had. So this test knows the shape of each aggregate's state for its
 * revision, and fails when the shape changes while the revision does not.
 *
 * <p>When it fails: raise the aggregate's {@code @Revision} and write the new revision and fingerprint below.
 */
class SnapshotRevisionTest {

    private static final String DOMAIN = "dev.accord.domain.";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "dev.accord.domain.project.Project,     6, 4c96dda0d0adea6e",
        "dev.accord.domain.portfolio.Portfolio, 5, 044c09a5eefbe222",
        "dev.accord.domain.scenario.YearScenarios, 1, bf0b1a08004c3078",
    })
    void theStateOfEachRevisionKeepsItsShape(Class<?> aggregate, String revision, String fingerprint) {
        String shape = shapeOf(aggregate);
        assertThat(aggregate.getAnnotation(Revision.class).value() + ", " + sha256(shape))
                .as("""
                        The state a snapshot of %s holds has changed shape, or its revision has:
                        raise @Revision on %s and put the new revision and fingerprint in this test.
                        The shape now:
                        %s""", aggregate.getSimpleName(), aggregate.getSimpleName(), shape)
                .isEqualTo(revision + ", " + fingerprint);
    }

    /** Every field of the aggregate and of each domain class its fields hold, with their declared types. */
    static String shapeOf(Class<?> aggregate) {
        Set<String> fields = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(Set.of(aggregate));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!seen.add(type) || !type.getName().startsWith(DOMAIN) || type.isEnum()) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        fields.add(c.getName() + "." + field.getName() + ": "
                                + field.getGenericType().getTypeName());
                        classesIn(field.getGenericType(), toVisit);
                    }
                }
            }
        }
        return String.join("\n", fields);
    }

    private static void classesIn(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> c) {
            into.push(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classesIn(p.getRawType(), into);
            for (Type argument : p.getActualTypeArguments()) {
                classesIn(argument, into);
            }
        } else if (type instanceof GenericArrayType a) {
            classesIn(a.getGenericComponentType(), into);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                classesIn(bound, into);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
