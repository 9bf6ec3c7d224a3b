package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.BearerApi;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

/**
 * Commands on one project sent as an integration sends them, with an API token: no bcrypt check per request (about
 * 70 ms here), which would otherwise hide what the command itself costs. One at a time, each timed from sending to
 * the last byte of the answer (the command, then the wait for the read models it wrote).
 */
final class TokenCommands {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final BearerApi api;
    private final String financeToken;
    private final String itToken;
    private int sent;

    private TokenCommands(int port, String financeToken, String itToken) {
        this.api = new BearerApi(BearerApi.sharedClient(), port, 1);
        this.financeToken = financeToken;
        this.itToken = itToken;
    }

    /** Issues a token to a Finance and to an IT member (POST /api/tokens, signed in by HTTP Basic once each). */
    static TokenCommands issue(AccordApi basic, int port) throws IOException {
        ObjectNode token = AccordApi.json()
                .createObjectNode()
                .put("name", "command-time benchmark")
                .put("expiresInDays", 1);
        return new TokenCommands(
                port,
                basic.post(CapturedEvents.FINANCE_MEMBER, "/api/tokens", token)
                        .path("token")
                        .asText(),
                basic.post(CapturedEvents.IT_MEMBER, "/api/tokens", token)
                        .path("token")
                        .asText());
    }

    /** A comment by Finance on the project: the command needs nothing of the project but that it exists. */
    long comment(UUID project) throws IOException {
        ObjectNode body = AccordApi.json().createObjectNode().put("text", "Benchmark comment " + ++sent);
        return timed(financeToken, "/api/projects/" + project + "/comments", body);
    }

    /** IT's next estimate: its version follows the latest, and the project's life-cycle must allow it. */
    long estimate(UUID project) throws IOException {
        ObjectNode body = AccordApi.json()
                .createObjectNode()
                .put("horizonYears", 5)
                .put("assumptions", "Benchmark estimate " + ++sent);
        body.set("oneTimeCost", money("100000.00"));
        body.set("recurringYearlyCost", money("5000.00"));
        body.set("low", money("90000.00"));
        body.set("high", money("130000.00"));
        return timed(itToken, "/api/projects/" + project + "/estimates", body);
    }

    private long timed(String token, String path, ObjectNode body) throws IOException {
        AccordApi.Answer answer = api.post(token, path, body, TIMEOUT);
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IOException("POST " + path + " answered " + answer.status() + ": " + answer.text());
        }
        return answer.took().toNanos();
    }

    private static ObjectNode money(String amount) {
        return AccordApi.json().createObjectNode().put("amount", amount).put("currency", "EUR");
    }
}
