package dev.accord.app.support;

import dev.accord.app.AccordApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a real PostgreSQL: the embedded one in a fresh directory by default, or the server
 * named by SPRING_DATASOURCE_URL (as CI does on a second pass), with the demo users and the demo history (asked
 * for, as demo mode always must be).
 * Every integration test uses exactly this configuration, so they share one application context and one set
 * of event processors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = AccordApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "accord.data-dir=${java.io.tmpdir}/accord-it-${random.uuid}",
            // Thousands of commits would each wait for the disk; a test ledger may be lost in a crash.
            // The product is always durable (EmbeddedDatabaseIT shows it); only tests can say this.
            "accord.embedded-database.test-only-unsafe-no-fsync=true",
            "accord.demo=true",
            // Most tests approve initial budgets without estimates, ROI case or assessment; those that test the
            // business case a budget needs set it for their year (BusinessCaseIT).
            "accord.approvals.initial-budget-needs-business-case=false",
            // The demo history's overdue reviews would fall due in the middle of tests that count events;
            // the scheduler's first look happens before the history is written, the next one after the run.
            "db-scheduler.polling-interval=1h",
            // A rebuild splits even the demo ledger's few events into segments, so the tests that compare a
            // rebuild with the live read models cover the parallel path.
            "accord.rebuild.events-per-segment=5",
            // As behind a reverse proxy: sign-in tests give each client its own address (X-Forwarded-For from
            // loopback), so their throttled addresses are never the one the other tests' browsers come from.
            "server.forward-headers-strategy=native",
            // Notification e-mails go to an SMTP server inside the test JVM (GreenMail, on this port while the mail
            // tests run; other tests' e-mails fail and wait for a retry). One configuration for all, so that no
            // second application context replaces the JVM-wide security context strategy under the first.
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "accord.public-url=https://accord.example.com",
            "accord.mail.poll-interval=PT0.5S"
        })
// Metrics are exported as in production (Spring Boot's tests would otherwise leave out /actuator/prometheus).
@AutoConfigureObservability(tracing = false)
// Tests with settings of their own run in a context of their own; each test gets its context's sign-ins.
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface AccordIntegrationTest {

    /** Where the mail tests' SMTP server listens: the spring.mail.port above (GreenMail's usual test port). */
    int SMTP_PORT = 3025;
}
