package dev.accord.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.AccordApplication;
import dev.accord.app.support.SecondAccord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo accounts and history only when asked for, whatever the database; and when asked for, the accounts exist
 * before the web server takes its first request. Each start is Accord's own, on a fresh embedded database (even
 * when CI points the other tests at an external server).
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoModeIT {

    @TempDir
    Path data;

    @Test
    void aFirstStartWithoutDemoCreatesNobodyAndSaysHowToCreateTheFirstAdministrator(CapturedOutput output) {
        try (SecondAccord accord = new SecondAccord(args())) {
            JdbcClient jdbc = accord.context().getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM user_account")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(output.getAll())
                    .containsOnlyOnce("Nobody can sign in yet: start Accord once with "
                            + "ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD");
        }
    }

    @Test
    void withTheDemoFlagTheDemoAccountsExistWhenTheWebServerOpens() {
        SpringApplication application = new SpringApplication(AccordApplication.class);
        AccountsWhenTheServerOpens opening = new AccountsWhenTheServerOpens();
        application.addListeners(opening);
        String[] withFlag = DemoModeCondition.withDemoFlag(append(args(), "--demo"));
        try (SecondAccord accord = new SecondAccord(application, withFlag)) {
            assertThat(opening.usernames).contains("ida", "ivo", "fay", "finn", "vic", "ada");
            assertThat(accord.context()
                            .getBean(JdbcClient.class)
                            .sql("SELECT count(*) FROM domain_event_entry")
                            .query(Long.class)
                            .single())
                    .as("the demo history")
                    .isPositive();
        }
    }

    private String[] args() {
        return new String[] {
            "--server.port=0",
            "--spring.datasource.url=",
            "--accord.data-dir=" + data,
            "--db-scheduler.polling-interval=1h"
        };
    }

    private static String[] append(String[] args, String arg) {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = arg;
        return longer;
    }

    /** Who could sign in at the moment the server began to accept requests. */
    private static final class AccountsWhenTheServerOpens
            implements ApplicationListener<ServletWebServerInitializedEvent> {
        private final List<String> usernames = new ArrayList<>();

        @Override
        public void onApplicationEvent(ServletWebServerInitializedEvent event) {
            usernames.addAll(event.getApplicationContext()
                    .getBean(JdbcClient.class)
                    .sql("SELECT username FROM user_account")
                    .query(String.class)
                    .list());
        }
    }
}
