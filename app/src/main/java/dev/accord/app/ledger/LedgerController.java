package dev.accord.app.ledger;

import dev.accord.domain.ledger.api.FindLedgerSettings;
import dev.accord.domain.ledger.api.LedgerSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the ledger is set up: the one currency every amount sent to it must be in. */
@RestController
@Tag(name = "Ledger")
class LedgerController {

    private final QueryGateway queries;

    LedgerController(QueryGateway queries) {
        this.queries = queries;
    }

    record LedgerJson(
            @Schema(
                    description = "The ISO 4217 code of the ledger's one currency: every amount sent must be "
                            + "in it, or it is refused (400) naming the amount's currency field",
                    example = "EUR")
            String currency) {}

    @GetMapping("/api/ledger")
    @Operation(operationId = "getLedger", summary = "The ledger's settings: the currency it keeps every figure in")
    LedgerJson ledger() {
        LedgerSettings settings = queries.query(
                        new FindLedgerSettings(), ResponseTypes.instanceOf(LedgerSettings.class))
                .join();
        return new LedgerJson(settings.currency().code());
    }
}
