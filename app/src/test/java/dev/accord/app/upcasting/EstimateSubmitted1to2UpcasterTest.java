package dev.accord.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The upcaster against EstimateSubmitted payloads exactly as revision 1 stored them: bytes of JSON, read through
 * Axon's upcaster chain and the serializer the application configures, as the event store reads them.
 */
class EstimateSubmitted1to2UpcasterTest {

    private static JacksonSerializer serializer;

    @BeforeAll
    static void theApplicationsSerializer() {
        serializer = JacksonSerializer.builder()
                .objectMapper(applicationObjectMapper())
                .build();
    }

    /** Taken from the demo history's ERP upgrade, written by the code before revision 2. */
    @Test
    void aStoredEstimateGainsWhatItComesToOverItsHorizon() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored("EstimateSubmitted-revision-1.json", "1"));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(EstimateSubmitted1to2Upcaster.TYPE, "2"));
        // 760,000 now and 55,000 a year for 5 years; placed after horizonYears, where revision 2 writes it.
        assertThat(json(upcast))
                .isEqualTo(resource("EstimateSubmitted-revision-1.json")
                        .replace(
                                "\"horizonYears\":5,",
                                "\"horizonYears\":5,\"totalCost\":{\"amount\":1035000.00,\"currency\":\"EUR\"},"));

        EstimateSubmitted event = serializer.deserialize(upcast.getData());
        assertThat(event)
                .isEqualTo(new EstimateSubmitted(
                        UUID.fromString("5b9c4793-2dcb-42cb-9c25-e0ccf1317900"),
                        1,
                        Side.IT,
                        eur("760000"),
                        eur("55000"),
                        5,
                        eur("1035000.00"),
                        eur("700000"),
                        eur("900000"),
                        "Integrator at EUR 1,100 a day; data migration in two waves",
                        new Actor("ivo", "Ivo Novak", Side.IT)));
    }

    @Test
    void anUpcastEstimateReadsExactlyAsRevision2WouldHaveWrittenIt() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored("EstimateSubmitted-revision-1-cents.json", "1"));

        EstimateSubmitted event = serializer.deserialize(upcast.getData());
        // Actors gained a lead flag after these events were written; the stored ones lack it and read it as false.
        assertThat(json(upcast))
                .isEqualTo(new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8)
                        .replace(",\"lead\":false", ""));
    }

    /** Money never passes through a double: cents and trailing zeros of large amounts survive the JSON tree. */
    @Test
    void centsAndLargeAmountsStayExact() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored("EstimateSubmitted-revision-1-cents.json", "1"));

        assertThat(json(upcast))
                .contains("\"oneTimeCost\":{\"amount\":12345678.90,")
                .contains("\"low\":{\"amount\":12000000.00,")
                // 12,345,678.90 + 3 x 250,000.05
                .contains("\"totalCost\":{\"amount\":13095679.05,\"currency\":\"EUR\"}");
        EstimateSubmitted event = serializer.deserialize(upcast.getData());
        assertThat(event.totalCost()).isEqualTo(eur("13095679.05"));
        assertThat(event.oneTimeCost()).isEqualTo(eur("12345678.90"));
    }

    @Test
    void estimatesOfRevision2AndOtherEventsPassUnchanged() throws IOException {
        String revision2 = new String(
                serializer
                        .serialize(
                                new EstimateSubmitted(
                                        UUID.randomUUID(),
                                        1,
                                        Side.IT,
                                        eur("100"),
                                        eur("10"),
                                        2,
                                        eur("120.00"),
                                        eur("90"),
                                        eur("110"),
                                        "",
                                        new Actor("ida", "Ida", Side.IT)),
                                byte[].class)
                        .getData(),
                StandardCharsets.UTF_8);
        IntermediateEventRepresentation alreadyNew = upcast(stored(EstimateSubmitted1to2Upcaster.TYPE, "2", revision2));
        assertThat(alreadyNew.getType().getRevision()).isEqualTo("2");
        assertThat(json(alreadyNew)).isEqualTo(revision2);

        String comment = "{\"projectId\":\"" + UUID.randomUUID() + "\",\"text\":\"Who is the sponsor?\"}";
        IntermediateEventRepresentation other =
                upcast(stored("dev.accord.domain.project.api.CommentAdded", "1", comment));
        assertThat(other.getType().getRevision()).isEqualTo("1");
        assertThat(json(other)).isEqualTo(comment);
    }

    private static IntermediateEventRepresentation upcast(GenericDomainEventEntry<byte[]> stored) {
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new EstimateSubmitted1to2Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static GenericDomainEventEntry<byte[]> stored(String resource, String revision) throws IOException {
        return stored(EstimateSubmitted1to2Upcaster.TYPE, revision, resource(resource));
    }

    /** A row of domain_event_entry as the JDBC storage engine reads it: payload and metadata as bytes. */
    private static GenericDomainEventEntry<byte[]> stored(String payloadType, String revision, String payload) {
        return new GenericDomainEventEntry<>(
                "Project",
                UUID.randomUUID().toString(),
                2L,
                UUID.randomUUID().toString(),
                Instant.parse("2025-06-10T15:30:00Z"),
                payloadType,
                revision,
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String json(IntermediateEventRepresentation event) {
        SerializedObject<byte[]> bytes = event.getData(byte[].class);
        return new String(bytes.getData(), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EstimateSubmitted1to2UpcasterTest.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    /**
     * The ObjectMapper Spring Boot builds from application.properties, which Axon's serializer uses; so this test
     * fails if the settings that keep money exact in JSON trees go missing.
     */
    private static ObjectMapper applicationObjectMapper() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
