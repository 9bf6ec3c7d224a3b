package dev.accord.app.snapshots;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.reflect.Modifier;
import org.springframework.objenesis.Objenesis;
import org.springframework.objenesis.SpringObjenesis;

/**
 * Makes the domain's state classes that have no no-argument constructor (an aggregate's entities, the joint
 * approval) without calling any constructor, as Java's own deserialization does: their constructors take the
 * aggregate root and the event that opened them, which a snapshot does not have, and every field is then read from
 * the snapshot anyway. Classes with a no-argument constructor (the aggregate roots) are made through it; records
 * through their canonical constructor.
 */
final class WithoutConstructors extends SimpleModule {

    private static final String DOMAIN = "dev.accord.domain.";

    WithoutConstructors() {
        super("accord-snapshots-without-constructors");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        Objenesis objenesis = new SpringObjenesis();
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator findValueInstantiator(
                    DeserializationConfig config, BeanDescription bean, ValueInstantiator found) {
                Class<?> type = bean.getBeanClass();
                return isDomainStateWithoutDefaultConstructor(type, found) ? new Fresh(type, objenesis) : found;
            }
        });
    }

    private static boolean isDomainStateWithoutDefaultConstructor(Class<?> type, ValueInstantiator found) {
        return type.getName().startsWith(DOMAIN)
                && !type.isRecord()
                && !type.isEnum()
                && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())
                && !found.canCreateUsingDefault();
    }

    /** An instance whose fields are all left at their zero values, for the reader to fill in. */
    private static final class Fresh extends ValueInstantiator.Base {

        private final Objenesis objenesis;

        Fresh(Class<?> type, Objenesis objenesis) {
            super(type);
            this.objenesis = objenesis;
        }

        @Override
        public boolean canCreateUsingDefault() {
            return true;
        }

        @Override
        public Object createUsingDefault(DeserializationContext context) {
            return objenesis.newInstance(getValueClass());
        }
    }
}
