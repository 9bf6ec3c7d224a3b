package dev.accord.app.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Browser sessions on this node with someone signed in ({@code accord.sessions.signed.in}): a session counts from
 * the moment a sign-in is stored in it until it is signed out, invalidated or times out (each of which removes
 * the attribute). The API's HTTP Basic requests keep no session and do not count.
 */
@Component
class SignedInSessions implements HttpSessionAttributeListener, MeterBinder {

    private static final String SIGN_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final AtomicInteger signedIn = new AtomicInteger();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SIGN_IN.equals(event.getName())) {
            signedIn.incrementAndGet();
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (SIGN_IN.equals(event.getName())) {
            signedIn.decrementAndGet();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accord.sessions.signed.in", signedIn, AtomicInteger::get)
                .description("Browser sessions on this node with someone signed in")
                .register(registry);
    }
}
