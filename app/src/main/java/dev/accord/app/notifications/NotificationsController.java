package dev.accord.app.notifications;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.notification.api.FindMyNotifications;
import dev.accord.domain.notification.api.MarkNotificationRead;
import dev.accord.domain.notification.api.Notification;
import dev.accord.domain.notification.api.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "What concerns me: changes waiting for my side, decisions on my changes")
class NotificationsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    NotificationsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(
            operationId = "listNotifications",
            summary = "My notifications, newest first",
            description = "At most " + NotificationQueries.LONGEST_LIST + "; each names its project and links to "
                    + "the project and change it concerns (a delegation concerns neither).")
    List<Notification> mine() {
        return queries.query(
                        new FindMyNotifications(SignedIn.actor().userId(), NotificationQueries.LONGEST_LIST),
                        ResponseTypes.instanceOf(Notifications.class))
                .join()
                .latest();
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "404", description = "You have no notification with this id")
    void markRead(@PathVariable UUID id) {
        commands.sendAndWait(new MarkNotificationRead(id, SignedIn.actor()));
    }
}
