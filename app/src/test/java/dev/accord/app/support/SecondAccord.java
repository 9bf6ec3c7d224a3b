package dev.accord.app.support;

import dev.accord.app.AccordApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Accord started once more in the test JVM, beside the shared test application, for a test that needs a start of
 * its own. Spring Security keeps the SecurityContextHolder strategy in a static field, and each Accord sets Vaadin's
 * (with a ThreadLocal of its own) as it starts: left behind, the second one's would hide every request's sign-in
 * from the shared application's command interceptors. Closing this puts the previous strategy back.
 */
public final class SecondAccord implements AutoCloseable {

    private final SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
    private final ConfigurableApplicationContext context;

    public SecondAccord(String... args) {
        this(new SpringApplication(AccordApplication.class), args);
    }

    public SecondAccord(SpringApplication application, String... args) {
        try {
            this.context = application.run(args);
        } catch (RuntimeException e) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            throw e;
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
