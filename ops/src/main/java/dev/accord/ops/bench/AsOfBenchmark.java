package dev.accord.ops.bench;

import dev.accord.ops.harness.AccordApi;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Times GET /api/projects/{id}?asOf=... end to end, as a client sees it: HTTP, security, the query bus, reading the
 * project's stream from the event store, the fold and the JSON answer. Warm-up calls first, so that the figures
 * are those of a running server rather than of its JIT compiler.
 */
final class AsOfBenchmark {

    private final AccordApi api;
    private final String user;
    private final int warmUp;
    private final int samples;
    private double[] serverMillis;
    private Stats lastServerSide;

    AsOfBenchmark(AccordApi api, String user, int warmUp, int samples) {
        this.api = api;
        this.user = user;
        this.warmUp = warmUp;
        this.samples = samples;
    }

    Stats asOf(UUID project, Instant instant) throws IOException {
        serverMillis = new double[samples];
        Stats endToEnd = time(() -> api.projectAsOf(user, project, instant));
        lastServerSide = serverMillis[0] < 0 ? null : Stats.ofMillis(serverMillis);
        serverMillis = null;
        return endToEnd;
    }

    /**
     * The server's own time for the fold in the last {@link #asOf} run (its Server-Timing header): reading the
     * stream and folding it, without HTTP and the password check. Null if the server sent no such header.
     */
    Stats lastServerSide() {
        return lastServerSide;
    }

    /** The same project from today's read model (no asOf): the price of HTTP and JSON without any fold. */
    Stats readModel(UUID project) throws IOException {
        return time(() -> api.project(user, project));
    }

    /** A request turned away for want of credentials: HTTP and the security filters, no password check. */
    Stats unauthenticated(UUID project) throws IOException {
        return time(() -> api.anonymous("/api/projects/" + project), 401);
    }

    /**
     * One bcrypt check at the application's cost (10), here in the harness's JVM. The API keeps no session, so
     * Spring Security checks the password of every HTTP Basic request this way.
     */
    Stats bcryptCheck() {
        String hash = BCrypt.hashpw("benchmark-password", BCrypt.gensalt(10));
        for (int i = 0; i < 5; i++) {
            BCrypt.checkpw("benchmark-password", hash);
        }
        long[] nanos = new long[Math.min(samples, 20)];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            BCrypt.checkpw("benchmark-password", hash);
            nanos[i] = System.nanoTime() - started;
        }
        return Stats.ofNanos(nanos);
    }

    /** "asof;dur=12.3;desc=…" → 12.3, or -1 without the header. */
    private static double serverTiming(HttpResponse<byte[]> response) {
        return response.headers()
                .firstValue("Server-Timing")
                .map(value -> java.util.regex.Pattern.compile("dur=([0-9.]+)").matcher(value))
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> Double.parseDouble(matcher.group(1)))
                .orElse(-1.0);
    }

    private interface Call {
        HttpResponse<byte[]> send() throws IOException;
    }

    private Stats time(Call call) throws IOException {
        return time(call, 200);
    }

    private Stats time(Call call, int expectedStatus) throws IOException {
        for (int i = 0; i < warmUp; i++) {
            AccordApi.expect(call.send(), expectedStatus);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = call.send();
            nanos[i] = System.nanoTime() - started;
            AccordApi.expect(response, expectedStatus);
            if (serverMillis != null) {
                serverMillis[i] = serverTiming(response);
            }
        }
        return Stats.ofNanos(nanos);
    }
}
