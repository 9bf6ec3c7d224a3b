package dev.accord.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Proposals recorded before they named a requesting department: the event gained the field at its end, and a stored
 * proposal without it reads as one that named none (null), everything else as it was. No upcaster is needed for
 * that, so none is registered; this test holds the stored form to it, through the serializer the application uses.
 */
class ProjectProposedWithoutDepartmentTest {

    @Test
    void aProposalStoredWithoutADepartmentReadsAsNamingNone() throws IOException {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(applicationObjectMapper())
                .build();
        byte[] stored = resource("ProjectProposed-revision-1-without-department.json");

        ProjectProposed event = serializer.deserialize(
                new SimpleSerializedObject<>(stored, byte[].class, ProjectProposed.class.getName(), "1"));

        assertThat(event)
                .isEqualTo(new ProjectProposed(
                        UUID.fromString("5b9c4793-2dcb-42cb-9c25-e0ccf1317900"),
                        "ERP upgrade to the vendor's current release",
                        "The ERP release we run leaves support in 2026.",
                        "COO",
                        List.of("order to cash", "procure to pay", "monthly close"),
                        List.of("close the books in 5 days instead of 9"),
                        List.of("retire three custom modules"),
                        new Money(new java.math.BigDecimal("850000"), "EUR"),
                        2025,
                        new Actor("ida", "Ida Berg", Side.IT),
                        null));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProjectProposedWithoutDepartmentTest.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The ObjectMapper Spring Boot builds from application.properties, which Axon's serializer uses. */
    private static ObjectMapper applicationObjectMapper() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
