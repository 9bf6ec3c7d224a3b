package dev.accord.app.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, the SecurityContextHolder's strategy is that of the test's own application context. Spring
 * Security keeps the strategy in a static field and each Accord sets Vaadin's (with a ThreadLocal of its own) as it
 * starts; tests that need other settings (an identity provider, local accounts off) get a context of their own, cached
 * beside the shared one, and without this whichever started last would hide every request's sign-in from the other's
 * command interceptors ("Sign in to act").
 */
public class OwnSecurityContextStrategy implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SecurityContextHolder.setContextHolderStrategy(
                testContext.getApplicationContext().getBean(VaadinAwareSecurityContextHolderStrategy.class));
    }
}
