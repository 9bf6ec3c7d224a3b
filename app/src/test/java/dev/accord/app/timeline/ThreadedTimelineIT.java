package dev.accord.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.CountTimeline;
import dev.accord.domain.project.api.FindTimelinePage;
import dev.accord.domain.project.api.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The timeline as a conversation: each comment sits beneath the step it discusses, and the server pages and
 * filters in that order. The project's events, in the order they happen:
 * <pre>
 *  0 proposed (Ida)               4 the initial budget took effect   8 Fay comments on the initial budget
 *  1 initial budget requested     5 estimate version 1 (Ivo)         9 Ida comments on estimate version 1
 *  2 Fay approves it              6 estimate version 2 (Fay)        10 Ivo comments on the assessment, which
 *  3 Ivo approves it              7 Fay comments on the project        no one has answered yet
 * </pre>
 */
@AccordIntegrationTest
class ThreadedTimelineIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    QueryGateway queries;

    Api api;
    UUID projectId;

    @BeforeEach
    void aDiscussedProject() {
        api = new Api(http, json);
        Api.Answer proposed =
                api.propose("ida", "Threads " + UUID.randomUUID(), "100000.00", FiscalYears.withoutBudget());
        String id = proposed.text("id");
        projectId = UUID.fromString(id);
        String change = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/estimates", estimate("80000.00"));
        api.as("fay").post("/api/projects/" + id + "/estimates", estimate("90000.00"));
        comment("fay", null, null, "On the project");
        comment("fay", "CHANGE", change, "Late thought on the budget");
        comment("ida", "ESTIMATE", "1", "Why so low?");
        comment("ivo", "ASSESSMENT", null, "Let us answer soon");
    }

    @Test
    void eachCommentFollowsTheStepItDiscusses() {
        List<TimelineEntry> all = page(null, null, 0, 50);
        assertThat(all)
                .extracting(TimelineEntry::sequence)
                .containsExactly(0L, 1L, 8L, 2L, 3L, 4L, 5L, 9L, 6L, 7L, 10L);
        assertThat(all)
                .filteredOn(entry -> entry.repliesTo() != null)
                .extracting(TimelineEntry::sequence, TimelineEntry::repliesTo)
                .containsExactly(tuple(8L, 1L), tuple(9L, 5L));
        assertThat(all.get(2).summary())
                .isEqualTo("Fay Lund (Finance) commented on the change: \u201cLate thought on the budget\u201d");
    }

    @Test
    void pagesAndFiltersKeepTheThreads() {
        assertThat(page(null, null, 2, 3)).extracting(TimelineEntry::sequence).containsExactly(8L, 2L, 3L);
        assertThat(page("FINANCE", null, 0, 50))
                .extracting(TimelineEntry::sequence)
                .as("Fay's steps, her comment on the budget first")
                .containsExactly(8L, 2L, 6L, 7L);
        assertThat(page(null, "CommentAdded", 0, 50))
                .extracting(TimelineEntry::sequence)
                .containsExactly(8L, 9L, 7L, 10L);
        assertThat(queries.query(
                                new CountTimeline(projectId, null, "CommentAdded"),
                                ResponseTypes.instanceOf(Long.class))
                        .join())
                .isEqualTo(4L);
    }

    @Test
    void theApiKeepsTheOrderOfEventsAndNamesWhatACommentRepliesTo() {
        List<Long> sequences = new ArrayList<>();
        JsonNode timeline =
                api.as("vic").get("/api/projects/" + projectId + "/timeline").body();
        timeline.forEach(entry -> sequences.add(entry.get("sequence").asLong()));
        assertThat(sequences).isSorted().hasSize(11);
        assertThat(timeline.get(8).get("repliesTo").asLong()).isEqualTo(1L);
        assertThat(timeline.get(7).get("repliesTo").isNull())
                .as("a comment on the project stands alone")
                .isTrue();
    }

    /**
     * Replies, each sent with the subject its step offers: 11 Ivo replies to estimate version 2, 12 Ivo replies to
     * Ida's comment 9, 13 Ida replies to Fay's approval 2, 14 Ida replies to Fay's comment 7 on the project.
     */
    @Test
    void aReplyIsThreadedBeneathTheStepItAnswers() {
        List<TimelineEntry> before = page(null, null, 0, 50);
        assertThat(entry(before, 0).replyAs())
                .as("the proposal is not replied to")
                .isNull();
        assertThat(entry(before, 2).replyAs())
                .as("an approval is replied to on its change")
                .isEqualTo(entry(before, 1).replyAs());
        assertThat(entry(before, 6).replyAs()).isEqualTo(new CommentSubject(CommentSubject.Kind.ESTIMATE, "2"));
        assertThat(entry(before, 9).replyAs().kind()).isEqualTo(CommentSubject.Kind.COMMENT);

        reply("ivo", entry(before, 6), "Fay's figure includes the migration");
        reply("ivo", entry(before, 9), "Because the vendor discounts the first year");
        reply("ida", entry(before, 2), "Thanks for the quick approval");
        reply("ida", entry(before, 7), "Answered in the proposal");

        List<TimelineEntry> all = page(null, null, 0, 50);
        assertThat(all)
                .extracting(TimelineEntry::sequence)
                .containsExactly(0L, 1L, 8L, 13L, 2L, 3L, 4L, 5L, 9L, 12L, 6L, 11L, 7L, 14L, 10L);
        assertThat(all)
                .filteredOn(entry -> entry.sequence() > 10)
                .extracting(TimelineEntry::sequence, TimelineEntry::repliesTo)
                .containsExactlyInAnyOrder(tuple(11L, 6L), tuple(12L, 5L), tuple(13L, 1L), tuple(14L, 7L));
        assertThat(entry(all, 12).summary())
                .isEqualTo(
                        "Ivo Novak (IT) replied to Ida Berg: \u201cBecause the vendor discounts the first year\u201d");
    }

    @Test
    void aReplyToACommentOfAnotherProjectIsRefusedNamingTheSubject() {
        TimelineEntry comment = entry(page(null, null, 0, 50), 7);
        Api.Answer other = api.propose("ida", "Elsewhere " + UUID.randomUUID(), "1000.00", FiscalYears.withoutBudget());
        Api.Answer refused = api.as("fay")
                .post(
                        "/api/projects/" + other.text("id") + "/comments",
                        "{\"subject\": {\"kind\": \"COMMENT\", \"id\": \"%s\"}, \"text\": \"Agreed\"}"
                                .formatted(comment.replyAs().id()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("subject.id");
    }

    private static TimelineEntry entry(List<TimelineEntry> entries, long sequence) {
        return entries.stream()
                .filter(entry -> entry.sequence() == sequence)
                .findFirst()
                .orElseThrow();
    }

    private void reply(String user, TimelineEntry to, String text) {
        comment(user, to.replyAs().kind().name(), to.replyAs().id(), text);
    }

    private List<TimelineEntry> page(String side, String type, int offset, int limit) {
        return queries.query(
                        new FindTimelinePage(projectId, side, type, offset, limit),
                        ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join();
    }

    private void comment(String user, String kind, String subjectId, String text) {
        String subject = kind == null
                ? ""
                : "\"subject\": {\"kind\": \"%s\", \"id\": %s}, "
                        .formatted(kind, subjectId == null ? "null" : "\"" + subjectId + "\"");
        int status = api.as(user)
                .post("/api/projects/" + projectId + "/comments", "{" + subject + "\"text\": \"" + text + "\"}")
                .status();
        assertThat(status).as("comment " + text).isEqualTo(201);
    }

    private static String estimate(String oneTime) {
        return """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "140000.00", "currency": "EUR"},
                 "assumptions": "Two integrators"}""".formatted(oneTime);
    }
}
