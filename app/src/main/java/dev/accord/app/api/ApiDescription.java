package dev.accord.app.api;

import dev.accord.domain.shared.Money;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/** at /v3/api-docs (and Swagger UI), which clients are generated from;
 * docs/openapi.json is a copy that ApiDescriptionIT keeps equal to it. Every operation is signed in by HTTP Basic or
 * an API token and lists the RFC 7807 problems it can answer: those any request can meet (401, 429, 503), those that
 * follow from its shape (400 for a body or parameters, 413 and 415 for a body, 403 under /api/admin/), and those
 * its controller names on the method with the reason (403, 404, 409).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";

    static {
        // The domain's Money appears only in the retrospective reports, which write it as the rest of the API does.
        SpringDocUtils.getConfig().replaceWithClass(Money.class, MoneyJson.class);
    }

    @Bean
    OpenAPI accordApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Accord")
                        .version("1")
                        .description("The ledger in which Finance and IT decide IT project budgets together. "
                                + "Sign in with HTTP Basic or an API token (POST /api/tokens) as a Bearer token. "
                                + "Every refusal is an RFC 7807 problem; after any 2xx answer your next read "
                                + "already shows its effect."))
                // Relative: the description is served by the Accord it describes, wherever that runs.
                .servers(List.of(new Server().url("/").description("The Accord serving this description")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A user's name and password; failed sign-ins are throttled"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("acc_…")
                                        .description("An API token issued by POST /api/tokens; it acts with its "
                                                + "owner's current role and side")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 7807 problem: what was refused and why")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid requestedBudget.amount"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Amount must be greater than zero"))
                .addProperty("instance", new StringSchema().example("/api/projects"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("For bad input (400): the value that was refused, as a path into the "
                                        + "request (requestedBudget.amount, benefits[2]) or a parameter's name")
                                .example("requestedBudget.amount"))
                .required(List.of("type", "title", "status"));
    }

    @Bean
    OpenApiCustomizer refusalsOfEveryOperation() {
        return api -> {
            // Here, not on the OpenAPI bean: springdoc drops the schemas no operation refers to before customizers run.
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> describeRefusals(path, method, operation)));
        };
    }

    private static void describeRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            refusal(
                    responses,
                    "400",
                    "Bad input, nothing recorded: the problem's field names the value (a body's field, or a path or "
                            + "query parameter of the wrong type)");
        }
        refusal(
                responses,
                "401",
                "Not signed in: no credentials, a wrong password, or an unknown, revoked or expired token");
        if (path.startsWith("/api/admin/")) {
            refusal(responses, "403", "For administrators only");
        }
        if (body) {
            refusal(responses, "413", "The request body is larger than accord.max-request-size");
            refusal(responses, "415", "The request body is not sent as application/json");
        }
        refusal(responses, "429", "Too many failed sign-ins for this account or address; try again after Retry-After")
                .addHeaderObject("Retry-After", retryAfter());
        refusal(
                        responses,
                        "503",
                        "The database could not be reached; a command may or may not have been recorded, so look "
                                + "before sending it again, after Retry-After")
                .addHeaderObject("Retry-After", retryAfter());
        // Refusals a controller names (403, 404, 409 and their reasons) get the problem's shape too.
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static ApiResponse refusal(ApiResponses responses, String code, String description) {
        return responses.computeIfAbsent(code, absent -> new ApiResponse().description(description));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Header retryAfter() {
        return new Header().description("Seconds to wait before trying again").schema(new IntegerSchema());
    }
}
