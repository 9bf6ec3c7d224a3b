package dev.accord.app.delegation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.delegation.api.DelegationSummary;
import dev.accord.domain.delegation.api.FindDelegations;
import dev.accord.domain.delegation.api.GrantDelegation;
import dev.accord.domain.delegation.api.RevokeDelegation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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

/** The signed-in person's delegations: handing their approvals to a colleague of their side while away. */
@RestController
@RequestMapping("/api/delegations")
@Tag(name = "Delegations", description = "Hand my approval authority to a colleague of my side for a period")
class DelegationsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    DelegationsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record DelegationRequest(
            @Schema(requiredMode = REQUIRED, description = "User name of an enabled member of my side")
            String delegate,

            @Schema(requiredMode = REQUIRED, description = "First day, today or later (UTC)")
            LocalDate from,

            @Schema(requiredMode = REQUIRED, description = "Last day, included; within 366 days of today")
            LocalDate until) {}

    record DelegationGrantedJson(UUID delegationId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "grantDelegation",
            summary = "Hand my approvals to a colleague of my side for these days",
            description = "The colleague may then approve or reject changes on my behalf, never a change either of "
                    + "us requested. It ends on its own after its last day.")
    @ApiResponse(responseCode = "400", description = "A bad delegate or period; the problem names the field")
    @ApiResponse(responseCode = "403", description = "You act for no side")
    @ApiResponse(responseCode = "409", description = "You already delegate some of these days")
    DelegationGrantedJson grant(@RequestBody DelegationRequest body) {
        UUID id =
                commands.sendAndWait(new GrantDelegation(body.delegate(), body.from(), body.until(), SignedIn.actor()));
        return new DelegationGrantedJson(id);
    }

    @GetMapping
    @Operation(
            operationId = "listDelegations",
            summary = "The delegations I gave and received, newest first, with their state today")
    List<DelegationSummary> mine() {
        return queries.query(
                        new FindDelegations(SignedIn.actor().userId()),
                        ResponseTypes.multipleInstancesOf(DelegationSummary.class))
                .join();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeDelegation", summary = "Revoke a delegation I gave; it stops at once")
    @ApiResponse(responseCode = "403", description = "Only the one who gave it revokes it")
    @ApiResponse(responseCode = "404", description = "No such delegation")
    @ApiResponse(responseCode = "409", description = "It has already ended or been revoked")
    void revoke(@PathVariable UUID id) {
        commands.sendAndWait(new RevokeDelegation(id, SignedIn.actor()));
    }
}
