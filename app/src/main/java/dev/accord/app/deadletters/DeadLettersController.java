package dev.accord.app.deadletters;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.operations.api.DeadLetter;
import dev.accord.domain.operations.api.EvictDeadLetter;
import dev.accord.domain.operations.api.FindDeadLetters;
import dev.accord.domain.operations.api.RetryDeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Events the read models parked instead of stopping, for administrators: list, hand back, give up with a reason. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration", description = "Operating the ledger, for administrators")
class DeadLettersController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    DeadLettersController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(
            operationId = "listDeadLetters",
            summary = "Every parked event: read model, project, event, error and since when",
            description = "Position 0 is the event that failed; the project's later events wait behind it.")
    List<DeadLetter> list() {
        return queries.query(new FindDeadLetters(), ResponseTypes.multipleInstancesOf(DeadLetter.class))
                .join();
    }

    record Retried(int handled) {}

    @PostMapping("/{processingGroup}/sequences/{sequence}/retry")
    @Operation(
            operationId = "retryDeadLetters",
            summary = "Hand a project's parked events back to the read model (after a fix or an upcaster)",
            description = "Answers how many the read model took; an event that fails again stays parked.")
    Retried retry(@PathVariable String processingGroup, @PathVariable String sequence) {
        int handled = commands.sendAndWait(new RetryDeadLetters(processingGroup, sequence, SignedIn.actor()));
        return new Retried(handled);
    }

    record Eviction(@Schema(requiredMode = REQUIRED) String reason) {}

    @PostMapping("/{processingGroup}/events/{eventIdentifier}/eviction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "evictDeadLetter",
            summary = "Give up on a parked event for this read model, with a reason the ledger records",
            description = "The project's later events that waited behind it are then handed to the read model.")
    @ApiResponse(responseCode = "404", description = "No such parked event in this read model")
    void evict(@PathVariable String processingGroup, @PathVariable String eventIdentifier, @RequestBody Eviction body) {
        commands.sendAndWait(new EvictDeadLetter(processingGroup, eventIdentifier, body.reason(), SignedIn.actor()));
    }
}
