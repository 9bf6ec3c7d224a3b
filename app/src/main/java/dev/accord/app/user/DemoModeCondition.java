package dev.accord.app.user;

import dev.accord.app.database.NoDatabaseConfigured;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Demo mode is on with the embedded database and off with an external one, unless accord.demo says otherwise. */
public class DemoModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String demo = context.getEnvironment().getProperty("accord.demo");
        return demo == null || demo.isBlank()
                ? NoDatabaseConfigured.isEmbedded(context.getEnvironment())
                : Boolean.parseBoolean(demo);
    }
}
