package dev.accord.app.user;

import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode only when asked for: accord.demo=true (ACCORD_DEMO=true) or the command-line flag --demo. Never
 * implied by the database: the ledger can never be edited, so demo accounts and invented decisions must not
 * land in a real one by accident.
 */
public class DemoModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    public static boolean isOn(Environment environment) {
        return environment.getProperty("accord.demo", Boolean.class, false);
    }

    /** The command line with {@code --demo} read as {@code --accord.demo=true}. */
    public static String[] withDemoFlag(String[] args) {
        return Arrays.stream(args)
                .map(arg -> arg.equals("--demo") ? "--accord.demo=true" : arg)
                .toArray(String[]::new);
    }
}
