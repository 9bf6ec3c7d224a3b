package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Flight Recorder recording of this JVM: a "request thread" that computes, then waits. */
class ProfileSummaryTest {

    private static volatile long sink;

    @TempDir
    Path directory;

    @Test
    void findsTheMethodARequestThreadSpentItsTimeInAndWhereItWaited() throws Exception {
        Path file = directory.resolve("test.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording
                    .enable("jdk.ThreadPark")
                    .withThreshold(Duration.ofMillis(10))
                    .withStackTrace();
            recording.start();
            Thread request = new Thread(ProfileSummaryTest::handleRequest, "http-nio-8080-exec-7");
            request.start();
            request.join();
            recording.stop();
            recording.dump(file);
        }

        ProfileSummary summary = ProfileSummary.of(List.of(file));

        assertThat(summary.requestSamples).isPositive();
        assertThat(summary.samplesByThread).containsKey("http-nio-N-exec-N");
        assertThat(ProfileSummary.top(summary.requestSamplesByAccordFrame, 1)
                        .get(0)
                        .getKey())
                .isEqualTo("d.a.o.throughput.ProfileSummaryTest.compute");
        Map.Entry<String, Duration> wait =
                ProfileSummary.top(summary.requestWaits, 1).get(0);
        assertThat(wait.getKey()).startsWith("ThreadPark in ").endsWith("← d.a.o.throughput.ProfileSummaryTest.await");
        assertThat(wait.getValue()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void shortensPackagesToTheirInitialsButTheLast() {
        assertThat(ProfileSummary.shortClass("org.postgresql.core.v3.QueryExecutorImpl"))
                .isEqualTo("o.p.c.v3.QueryExecutorImpl");
        assertThat(ProfileSummary.shortClass("Plain")).isEqualTo("Plain");
        assertThat(ProfileSummary.library("org.postgresql.core.v3.QueryExecutorImpl"))
                .isEqualTo("org.postgresql");
        assertThat(ProfileSummary.library("org.springframework.security.web.FilterChainProxy"))
                .isEqualTo("org.springframework.security");
        assertThat(ProfileSummary.library("org.apache.tomcat.util.net.NioEndpoint"))
                .isEqualTo("org.apache.tomcat");
        assertThat(ProfileSummary.isRequestThread("http-nio-39241-exec-12")).isTrue();
        assertThat(ProfileSummary.isRequestThread("EventProcessor[timeline]-0")).isFalse();
    }

    private static void handleRequest() {
        compute(Duration.ofMillis(600));
        await(Duration.ofMillis(200));
    }

    private static void compute(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long value = 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                value = value * 6364136223846793005L + 1442695040888963407L;
            }
        }
        sink = value;
    }

    private static void await(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(end - System.nanoTime());
        }
    }
}
