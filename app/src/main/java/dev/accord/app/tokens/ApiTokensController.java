package dev.accord.app.tokens;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.tokens.api.ApiTokenSummary;
import dev.accord.domain.tokens.api.FindApiTokens;
import dev.accord.domain.tokens.api.IssueApiToken;
import dev.accord.domain.tokens.api.IssuedApiToken;
import dev.accord.domain.tokens.api.RevokeApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own API tokens. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens", description = "Tokens to send as \"Authorization: Bearer <token>\" instead of a password")
class ApiTokensController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ApiTokensController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record TokenRequest(
            @Schema(requiredMode = REQUIRED) String name,

            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "365")
            Integer expiresInDays) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "issueApiToken",
            summary = "Issue a token to send as \"Authorization: Bearer <token>\"",
            description = "The token is in this answer only; Accord keeps just its hash. 1 to 365 days.")
    IssuedApiToken issue(@RequestBody TokenRequest body) {
        return commands.sendAndWait(new IssueApiToken(body.name(), body.expiresInDays(), SignedIn.actor()));
    }

    @GetMapping
    @Operation(operationId = "listApiTokens", summary = "My tokens that still work, without their secrets")
    List<ApiTokenSummary> mine() {
        return queries.query(
                        new FindApiTokens(SignedIn.actor().userId()),
                        ResponseTypes.multipleInstancesOf(ApiTokenSummary.class))
                .join();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of my tokens; it stops working at once")
    @ApiResponse(responseCode = "404", description = "You have no working token with this id")
    void revoke(@PathVariable UUID id) {
        commands.sendAndWait(new RevokeApiToken(id, SignedIn.actor()));
    }
}
