package dev.accord.app.user;

import dev.accord.domain.people.api.FindUserAdministrationLog;
import dev.accord.domain.people.api.UserAdministrationEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was done to people's accounts and by whom, for administrators (SecurityConfiguration lets only them in). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Administration", description = "Operating the ledger, for administrators")
class UserAdministrationLogController {

    private final QueryGateway queries;

    UserAdministrationLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/log")
    @Operation(
            operationId = "userAdministrationLog",
            summary = "Who added, reset, disabled or enabled whom, changed an address or a lead, or chose a password",
            description = "Newest first. Never a password or an e-mail address: the log says only that they changed.")
    @ApiResponse(responseCode = "403", description = "For administrators only")
    @ApiResponse(responseCode = "200", description = "The entries, newest first")
    List<UserAdministrationEntry> log(
            @Parameter(description = "At most this many entries, 1 to " + UserAdministrationLog.MAX_ENTRIES)
                    @RequestParam(defaultValue = "100")
                    int limit) {
        return queries.query(
                        new FindUserAdministrationLog(limit),
                        ResponseTypes.multipleInstancesOf(UserAdministrationEntry.class))
                .join();
    }
}
