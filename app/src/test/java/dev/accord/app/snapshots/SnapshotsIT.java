package dev.accord.app.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.command.ReadYourWrites;
import dev.accord.app.snapshots.Members.Outcome;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.history.api.FindProjectAtStep;
import dev.accord.domain.history.api.ProjectAtStep;
import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.project.Project;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Commands load an aggregate from its latest snapshot and the events after it: the snapshot must hold the state
 * exactly (maps, enums, money, dates, lists, the entities and their link to the root), it must be taken every
 * {@code accord.snapshots.every} events (100 here, the default), one of another revision or one that cannot be read
 * must be passed over for the events, and the views of the past must still read every project from its first event.
 */
@AccordIntegrationTest
class SnapshotsIT {

    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    ApplicationContext context;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Autowired
    EventStore events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Members members;

    @BeforeEach
    void signIn() {
        members = new Members(context);
    }

    @Test
    void aProjectAndItsYearLoadedFromSnapshotsAreThoseFoldedFromTheirEvents() {
        int year = FiscalYears.unused();
        RichProject.openTheYear(members, year);
        RichProject project = new RichProject(members, year).written();
        String yearId = Portfolio.idOf(year);
        Project folded = loaded(Project.class, project.id.toString());
        Portfolio foldedYear = loaded(Portfolio.class, yearId);
        assertThat(firstLoaded(project.id.toString())).as("no snapshot yet").isInstanceOf(ProjectProposed.class);

        snapshot(Project.class, project.id.toString());
        snapshot(Portfolio.class, yearId);

        assertThat(storedSnapshot(project.id.toString()))
                .as("the snapshot row: type, revision, last sequence")
                .isEqualTo(Project.class.getName() + " " + revisionOf(Project.class) + " "
                        + lastSequence(project.id.toString()));
        assertThat(storedSnapshot(yearId))
                .isEqualTo(Portfolio.class.getName() + " " + revisionOf(Portfolio.class) + " " + lastSequence(yearId));
        assertThat(firstLoaded(project.id.toString())).as("a command's load").isInstanceOf(Project.class);
        assertThat(loaded(Project.class, project.id.toString()))
                .usingRecursiveComparison()
                // the scale too: 100000.00 is not 100000
                .withEqualsForType(BigDecimal::equals, BigDecimal.class)
                .isEqualTo(folded);
        assertThat(loaded(Portfolio.class, yearId))
                .usingRecursiveComparison()
                .withEqualsForType(BigDecimal::equals, BigDecimal.class)
                .isEqualTo(foldedYear);
    }

    @Test
    void aProjectDecidesFromItsSnapshotAsItsTwinDoesFromItsEvents() {
        int year = FiscalYears.unused();
        RichProject.openTheYear(members, year);
        RichProject fromSnapshot = new RichProject(members, year).written();
        RichProject fromEvents = new RichProject(members, year).written();
        snapshot(Project.class, fromSnapshot.id.toString());
        assertThat(firstLoaded(fromSnapshot.id.toString())).isInstanceOf(Project.class);
        assertThat(firstLoaded(fromEvents.id.toString())).isInstanceOf(ProjectProposed.class);

        List<String> answers =
                named(fromSnapshot, fromSnapshot.probes().stream().map(Outcome::answer));
        List<String> twinsAnswers =
                named(fromEvents, fromEvents.probes().stream().map(Outcome::answer));

        assertThat(answers).as("the answers, one per command").isEqualTo(twinsAnswers);
        assertThat(answers).anyMatch(answer -> answer.startsWith("ConflictException"));
        assertThat(answers).anyMatch(answer -> answer.equals("answered true"));
        assertThat(history(fromSnapshot)).as("every event, in order").isEqualTo(history(fromEvents));
    }

    @Test
    void everyHundredEventsASnapshotIsTakenAndReplacesTheOneBefore() {
        UUID id = new RichProject(members, FiscalYears.unused()).proposed();
        for (int i = 1; i <= 210; i++) {
            String text = "Comment " + i;
            members.send(
                    "ida",
                    a -> GenericCommandMessage.asCommandMessage(
                                    new AddComment(id, UUID.randomUUID(), CommentSubject.project(), text, a))
                            .andMetaData(MetaData.with(ReadYourWrites.NO_WAIT, true)));
        }
        List<Long> snapshots = jdbc.sql(
                        "SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(id.toString())
                .query(Long.class)
                .list();
        assertThat(snapshots).as("one snapshot, the second one taken").hasSize(1);
        assertThat(snapshots.get(0)).isBetween(190L, lastSequence(id.toString()));
    }

    @Test
    void theViewsOfThePastStillStartAtTheProposal() {
        RichProject project = new RichProject(members, FiscalYears.unused()).written();
        snapshot(Project.class, project.id.toString());
        assertThat(firstLoaded(project.id.toString())).isInstanceOf(Project.class);
        Instant proposed = recordedAt(project.id.toString(), 1);

        JsonNode then = new Api(http, json)
                .as("vic")
                .get("/api/projects/" + project.id + "?asOf=" + proposed)
                .body();
        assertThat(then.get("status").asText()).isEqualTo(ProjectStatus.PROPOSED.name());
        assertThat(then.get("estimates")).isEmpty();
        assertThat(then.get("openChanges")).hasSize(1);
        ProjectAtStep first = queries.query(
                        new FindProjectAtStep(project.id, 0), ResponseTypes.instanceOf(ProjectAtStep.class))
                .join();
        assertThat(first.project().status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(first.lastSequence()).isEqualTo(lastSequence(project.id.toString()));
    }

    @Test
    void aSnapshotOfAnotherRevisionOrThatCannotBeReadIsPassedOverForTheEvents() {
        RichProject project = new RichProject(members, FiscalYears.unused()).written();
        String id = project.id.toString();
        Project folded = loaded(Project.class, id);
        snapshot(Project.class, id);

        jdbc.sql("UPDATE snapshot_event_entry SET payload_revision = '0' WHERE aggregate_identifier = ?")
                .param(id)
                .update();
        assertThat(firstLoaded(id)).as("revision 0 is not the class's").isInstanceOf(ProjectProposed.class);
        assertThat(loaded(Project.class, id))
                .usingRecursiveComparison()
                .withEqualsForType(BigDecimal::equals, BigDecimal.class)
                .isEqualTo(folded);

        jdbc.sql("""
                        UPDATE snapshot_event_entry SET payload_revision = '1',
                               payload = convert_to('{"projectId": "%s", "renamedField": 1}', 'UTF8')
                        WHERE aggregate_identifier = ?""".formatted(id)).param(id).update();
        assertThat(firstLoaded(id)).as("a field the class no longer has").isInstanceOf(ProjectProposed.class);
        assertThat(members.attempt(
                                "fay",
                                a -> new AddComment(
                                        project.id, UUID.randomUUID(), CommentSubject.project(), "Still here", a))
                        .answer())
                .startsWith("answered");
    }

    private void snapshot(Class<?> aggregate, String id) {
        // No unit of work on this thread, so Axon's snapshotter stores it at once, in a transaction of its own.
        axon.snapshotter().scheduleSnapshot(aggregate, id);
    }

    private <A> A loaded(Class<A> aggregate, String id) {
        ResultMessage<A> root = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> axon.repository(aggregate).load(id).invoke(loaded -> loaded));
        assertThat(root.isExceptional())
                .as("loading %s %s", aggregate.getSimpleName(), id)
                .isFalse();
        return root.getPayload();
    }

    /** What a command's load of the aggregate starts from: the snapshot, if one is used, else the first event. */
    private Object firstLoaded(String id) {
        return events.readEvents(id).peek().getPayload();
    }

    private String storedSnapshot(String id) {
        return jdbc.sql("""
                        SELECT payload_type || ' ' || payload_revision || ' ' || sequence_number
                        FROM snapshot_event_entry WHERE aggregate_identifier = ?""").param(id).query(String.class).single();
    }

    /** The snapshot carries its aggregate's revision, whichever it is now (SnapshotRevisionTest keeps it honest). */
    private static String revisionOf(Class<?> aggregate) {
        return aggregate
                .getAnnotation(org.axonframework.serialization.Revision.class)
                .value();
    }

    private long lastSequence(String id) {
        return jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Instant recordedAt(String id, long sequence) {
        return events.readEvents(id, sequence).peek().getTimestamp();
    }

    /** The project's events from its first, each as its type and payload, ids named as its twin names them. */
    private List<String> history(RichProject project) {
        return named(
                project, events.readEvents(project.id.toString(), 0).asStream().map(this::typeAndPayload));
    }

    private String typeAndPayload(DomainEventMessage<?> event) {
        try {
            return event.getPayloadType().getSimpleName() + " " + json.writeValueAsString(event.getPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each id replaced by the name the project gave it, or else by the order in which it first appeared. */
    private static List<String> named(RichProject project, java.util.stream.Stream<String> texts) {
        Map<String, String> names = new HashMap<>();
        project.names().forEach((id, name) -> names.put(id.toString(), name));
        return texts.map(text -> {
                    Matcher ids = UUIDS.matcher(text);
                    StringBuilder named = new StringBuilder();
                    while (ids.find()) {
                        String name = names.computeIfAbsent(ids.group(), unknown -> "id-" + names.size());
                        ids.appendReplacement(named, name);
                    }
                    return ids.appendTail(named).toString();
                })
                .toList();
    }
}
