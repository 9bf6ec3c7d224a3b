package dev.accord.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.user.UserAccounts;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty members approve one change at the same moment. Exactly one decision is recorded, and every one of them gets an
 * answer: the approval counted (200) or a conflict they can act on (409: decided already, or others acting at this
 * very moment), never a server error. How fast they are answered is measured by the fault harness in ops/, not here.
 */
@AccordIntegrationTest
class ConcurrentApprovalsIT {

    private static final int MEMBERS = 50;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http, json);
    }

    @Test
    void fiftySimultaneousApprovalsOfOneChangeEndInExactlyOneDecisionAndEveryoneGetsAnAnswer() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String username = "crowd" + i;
            accounts.addIfAbsent(
                    username, "Crowd " + i, i % 2 == 0 ? Side.FINANCE : Side.IT, Role.MEMBER, "demo", "test");
            members.add(username);
        }
        Answer proposed = api.propose("ida", "Crowded " + UUID.randomUUID(), "5000.00", FiscalYears.withoutBudget());
        String approvals =
                "/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId") + "/approvals";

        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String member : members) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.as(member).post(approvals, "{\"version\": 1}").status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).as("every answer").allMatch(status -> status == 200 || status == 409);
        assertThat(statuses).contains(200);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.ChangeTookEffect'""").param(proposed.text("id")).query(Long.class).single())
                .as("decisions recorded")
                .isEqualTo(1);
        assertThat(api.as("vic").get("/api/projects/" + proposed.text("id")).text("status"))
                .isEqualTo("ACTIVE");
    }
}
