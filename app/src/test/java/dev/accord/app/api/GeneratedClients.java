package dev.accord.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.accord.client.ApiClient;
import dev.accord.client.model.ProblemDetail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/**
 * Clients generated from docs/openapi.json, pointed at the test's Accord, that read answers strictly: a property the
 * description does not name, a number where it says text or text where it says a number fail the read, so every
 * answer the journey reads is checked against the description. Every exchange is noted, so a test can check that
 * each status Accord answered is one the description lists for that operation.
 */
final class GeneratedClients {

    static final Path DESCRIPTION = Path.of("../docs/openapi.json");

    private static final ObjectMapper STRICT = strictJson();

    private final String baseUrl;
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    GeneratedClients(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    record Exchange(String method, String path, int status) {}

    /** A client that signs in with HTTP Basic. */
    ApiClient basic(String user, String password) {
        ApiClient client = client();
        client.setUsername(user);
        client.setPassword(password);
        return client;
    }

    /** A client that sends an API token as "Authorization: Bearer". */
    ApiClient bearer(String token) {
        ApiClient client = client();
        client.setBearerToken(token);
        return client;
    }

    /** The RFC 7807 problem a refused call answered, read into the generated model. */
    static ProblemDetail problemOf(ThrowingCallable call) {
        HttpStatusCodeException refused = catchThrowableOfType(HttpStatusCodeException.class, call);
        assertThat(refused).as("refused with a 4xx or 5xx").isNotNull();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            ProblemDetail problem = STRICT.readValue(refused.getResponseBodyAsString(), ProblemDetail.class);
            assertThat(problem.getStatus()).isEqualTo(refused.getStatusCode().value());
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The exchanges whose status the description does not list for their operation (or whose path it lacks). */
    List<String> undescribed() throws IOException {
        JsonNode paths = STRICT.readTree(DESCRIPTION.toFile()).get("paths");
        List<String> undescribed = new ArrayList<>();
        for (Exchange exchange : exchanges()) {
            JsonNode operation = operation(paths, exchange);
            if (operation == null || !operation.path("responses").has(String.valueOf(exchange.status()))) {
                undescribed.add(exchange.method() + " " + exchange.path() + " answered " + exchange.status());
            }
        }
        return undescribed;
    }

    private static JsonNode operation(JsonNode paths, Exchange exchange) {
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            String template = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (exchange.path().matches(template)) {
                return path.getValue().get(exchange.method().toLowerCase());
            }
        }
        return null;
    }

    private ApiClient client() {
        RestTemplate http = new RestTemplate();
        http.getMessageConverters()
                .replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter
                        ? new MappingJackson2HttpMessageConverter(STRICT)
                        : converter);
        http.getInterceptors().add((request, body, execution) -> {
            ClientHttpResponse response = execution.execute(request, body);
            exchanges.add(new Exchange(
                    request.getMethod().name(),
                    request.getURI().getPath(),
                    response.getStatusCode().value()));
            return response;
        });
        ApiClient client = new ApiClient(http);
        client.setBasePath(baseUrl);
        return client;
    }

    private static ObjectMapper strictJson() {
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        json.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        json.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return json;
    }
}
