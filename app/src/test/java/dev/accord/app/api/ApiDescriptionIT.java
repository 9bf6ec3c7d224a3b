package dev.accord.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description Accord serves at /v3/api-docs: the same as docs/openapi.json (which the client is
 * generated from), and complete enough to generate a client that works: every operation says how to sign in, which
 * problems it answers and in what shape, and no request or answer is left untyped.
 */
@AccordIntegrationTest
class ApiDescriptionIT {

    /** Where this test writes the description Accord serves, to copy over docs/openapi.json when they differ. */
    static final Path SERVED = Path.of("target/openapi.json");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    JsonNode served;

    @BeforeEach
    void fetch() throws Exception {
        // Without signing in: generators and Swagger UI fetch it so.
        ResponseEntity<String> answer = http.getForEntity("/v3/api-docs", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Files.writeString(SERVED, answer.getBody());
        served = json.readTree(answer.getBody());
    }

    @Test
    void docsOpenapiJsonIsTheDescriptionAccordServes() throws Exception {
        JsonNode committed = json.readTree(GeneratedClients.DESCRIPTION.toFile());
        assertThat(committed)
                .withFailMessage("docs/openapi.json is not the description Accord serves, so the client generated "
                        + "from it would not match the API. Look at what changed, then refresh it from the root of the "
                        + "repository with: cp app/target/openapi.json docs/openapi.json")
                .isEqualTo(served);
    }

    @Test
    void everyOperationSignsInWithBasicOrATokenAndAnswersItsRefusalsAsProblems() {
        JsonNode schemes = served.at("/components/securitySchemes");
        assertThat(schemes.at("/basic/type").asText() + " "
                        + schemes.at("/basic/scheme").asText())
                .isEqualTo("http basic");
        assertThat(schemes.at("/bearer/type").asText() + " "
                        + schemes.at("/bearer/scheme").asText())
                .isEqualTo("http bearer");
        Set<String> operationIds = new HashSet<>();
        List<String> faults = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (!name.contains(" /api/")) {
                faults.add(name + ": not under /api/");
            }
            JsonNode security = operation.has("security") ? operation.get("security") : served.get("security");
            if (!security.toString().contains("\"basic\"")
                    || !security.toString().contains("\"bearer\"")) {
                faults.add(name + ": does not take both Basic and a Bearer token");
            }
            if (!operationIds.add(operation.path("operationId").asText())
                    || !operation.path("operationId").asText().matches("[a-z][A-Za-z]+")) {
                faults.add(name + ": operationId missing, not camelCase or not unique");
            }
            if (operation.path("tags").size() != 1) {
                faults.add(name + ": not in exactly one tag");
            }
            JsonNode responses = operation.get("responses");
            for (String status : List.of("401", "429", "503")) {
                if (!responses.has(status)) {
                    faults.add(name + ": does not list " + status);
                }
            }
            if (operation.has("requestBody")) {
                for (String status : List.of("400", "413", "415")) {
                    if (!responses.has(status)) {
                        faults.add(name + ": takes a body but does not list " + status);
                    }
                }
            }
            if (operation.path("parameters").size() > 0 && !responses.has("400")) {
                faults.add(name + ": takes parameters but does not list 400");
            }
            for (Map.Entry<String, JsonNode> response : responses.properties()) {
                if (response.getKey().matches("[45]..")) {
                    JsonNode content = response.getValue().path("content");
                    if (content.size() != 1
                            || !content.at("/application~1problem+json/schema/$ref")
                                    .asText()
                                    .equals("#/components/schemas/ProblemDetail")) {
                        faults.add(name + ": " + response.getKey() + " is not an application/problem+json problem");
                    }
                }
            }
            if (responses.properties().stream()
                    .noneMatch(response -> response.getKey().matches("2.."))) {
                faults.add(name + ": lists no success");
            }
        });
        assertThat(faults).isEmpty();
        assertThat(served.at("/components/schemas/ProblemDetail/properties").has("field"))
                .isTrue();
    }

    @Test
    void everyRequestAndAnswerIsTyped() {
        List<String> faults = new ArrayList<>();
        eachOperation((name, operation) -> {
            JsonNode body = operation.get("requestBody");
            if (body != null) {
                if (!body.path("required").asBoolean()) {
                    faults.add(name + ": its body is not marked required");
                }
                // JSON, or a file uploaded as a form (a spreadsheet of actuals), described by a named schema too.
                String media =
                        body.path("content").has("multipart/form-data") ? "multipart/form-data" : "application/json";
                if (!body.path("content").has(media) || body.path("content").size() != 1) {
                    faults.add(name + ": its body is not application/json");
                }
                if (!body.path("content").path(media).at("/schema/$ref").isTextual()) {
                    faults.add(name + ": its body is not a named schema");
                }
            }
            for (Map.Entry<String, JsonNode> response :
                    operation.get("responses").properties()) {
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                JsonNode content = response.getValue().path("content");
                if (response.getKey().equals("204") != content.isMissingNode()) {
                    faults.add(name + ": " + response.getKey() + " with content, or a success without");
                }
                for (Map.Entry<String, JsonNode> media : content.properties()) {
                    JsonNode schema = media.getValue().path("schema");
                    if (media.getKey().equals("application/json") && !typed(schema)) {
                        faults.add(name + ": answers " + schema + " instead of a named schema");
                    }
                    if (!media.getKey().equals("application/json")
                            && !schema.path("type").asText().equals("string")) {
                        faults.add(name + ": answers " + media.getKey() + " that is not a string or file");
                    }
                }
            }
        });
        served.at("/components/schemas").properties().forEach(schema -> {
            if (schema.getValue().path("properties").isEmpty()
                    || schema.getValue().has("additionalProperties")) {
                faults.add("schema " + schema.getKey() + " has no properties, or takes any");
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                // A map is typed when its values are (a participant's contributions: counts by kind).
                JsonNode type = property.getValue();
                if (type.path("type").asText().equals("object")
                        && !type.has("properties")
                        && !typed(type.path("additionalProperties"))) {
                    faults.add("schema " + schema.getKey() + "." + property.getKey() + " is an untyped object");
                }
            });
        });
        assertThat(served.toString()).doesNotContain("*/*");
        assertThat(faults).isEmpty();
    }

    @Test
    void moneyIsDescribedAsTheApiWritesIt() {
        JsonNode money = served.at("/components/schemas/Money");
        assertThat(money.at("/properties/amount/type").asText()).isEqualTo("string");
        assertThat(money.at("/properties/amount/pattern").asText()).isNotBlank();
        assertThat(money.at("/properties/currency/pattern").asText()).isEqualTo("^[A-Z]{3}$");
        assertThat(money.path("required").toString()).contains("amount", "currency");
        assertThat(served.at("/components/schemas/ProposalRequest/properties/requestedBudget/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Money");
        assertThat(served.at("/components/schemas/ProposalRequest/required").toString())
                .contains("title", "requestedBudget");
    }

    @Test
    void swaggerUiShowsTheDescriptionWithoutSigningIn() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForObject("/v3/api-docs/swagger-config", String.class))
                .contains("/v3/api-docs");
    }

    /** A named schema, an array of them, or a plain value: never an object described in place. */
    private static boolean typed(JsonNode schema) {
        if (schema.has("$ref")) {
            return true;
        }
        if (schema.path("type").asText().equals("array")) {
            return typed(schema.path("items"));
        }
        return !schema.path("type").asText().equals("object") && schema.has("type");
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        served.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> check.accept(
                                operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
    }
}
