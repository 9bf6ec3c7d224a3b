package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.LongProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 5,000-event project in a real browser: the page opens with its first steps, and the timeline scrolls to
 * the middle and to the very end, each time showing the steps there. How long that took is written to
 * target/benchmarks/long-timeline.txt (see ops/benchmarks/README.md), never asserted: it depends on the machine.
 */
@AccordIntegrationTest
class LongTimelineBrowserIT {

    private static final String DEMO = "Data-warehouse migration";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theFiveThousandStepTimelineOpensAndScrollsToItsEnd() throws Exception {
        UUID projectId = LongProject.in(context);
        try (Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            // For comparison: the same page for a demo project with a short history.
            long shortFirstRows =
                    fay.openAndTimeUntilCell("/projects/" + demoProject(), "proposed \u201c" + DEMO + "\u201d");
            long firstRows = fay.openAndTimeUntilCell(
                    "/projects/" + projectId, "proposed \u201c" + LongProject.TITLE + "\u201d");
            fay.scrollIntoView("timeline");
            assertThat(fay.isCellInView("timeline", "\u201cComment 1\u201d"))
                    .as("the first comments")
                    .isTrue();

            // Row n is event n: the proposal, its initial budget, then "Comment 1" at row 2.
            long middle = fay.scrollGridUntilCell("timeline", 2_500, "\u201cComment 2499\u201d");
            assertThat(fay.isCellInView("timeline", "\u201cComment 2499\u201d")).isTrue();
            long end = fay.scrollGridUntilCell(
                    "timeline", LongProject.EVENTS - 1, "\u201cComment " + LongProject.COMMENTS + "\u201d");
            assertThat(fay.isCellInView("timeline", "\u201cComment " + LongProject.COMMENTS + "\u201d"))
                    .as("the last step, rendered at the bottom")
                    .isTrue();
            fay.screenshot("long-timeline-end");
            record(shortFirstRows, firstRows, middle, end);
        }
    }

    private UUID demoProject() {
        return context.getBean(JdbcClient.class)
                .sql("SELECT project_id FROM project_summary WHERE title = ?")
                .param(DEMO)
                .query(UUID.class)
                .single();
    }

    private static void record(long shortFirstRows, long firstRows, long middle, long end) throws IOException {
        String line = ("%s  %d events: first rows after %d ms (a demo project: %d ms), scroll to the middle "
                        + "rendered in %d ms, to the end in %d ms%n")
                .formatted(Instant.now(), LongProject.EVENTS, firstRows, shortFirstRows, middle, end);
        System.out.print("long-timeline: " + line);
        Path file = Path.of("target", "benchmarks", "long-timeline.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
