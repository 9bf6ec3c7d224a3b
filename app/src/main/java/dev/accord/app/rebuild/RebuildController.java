package dev.accord.app.rebuild;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.operations.api.FindRebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.domain.operations.api.RebuildReadModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the read models from the event table, for administrators (and for `java -jar accord.jar rebuild`). */
@RestController
@RequestMapping("/api/admin/rebuild")
@Tag(name = "Administration")
class RebuildController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    RebuildController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "startRebuild",
            summary = "Start rebuilding every read model from the first event",
            description = "Answers 202 at once; the current read models keep serving until the new ones have caught "
                    + "up and take their place. 409 while a rebuild runs.")
    @ApiResponse(responseCode = "409", description = "A rebuild is running")
    RebuildProgress start() {
        commands.sendAndWait(new RebuildReadModels(SignedIn.actor()));
        return progress();
    }

    @GetMapping
    @Operation(
            operationId = "getRebuildProgress",
            summary = "How the current or last rebuild is getting on: events replayed, rate, time left")
    RebuildProgress progress() {
        return queries.query(new FindRebuildProgress(), ResponseTypes.instanceOf(RebuildProgress.class))
                .join();
    }
}
