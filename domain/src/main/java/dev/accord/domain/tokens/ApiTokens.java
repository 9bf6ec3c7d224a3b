package dev.accord.domain.tokens;

import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.Texts;
import dev.accord.domain.tokens.api.ApiTokenIssued;
import dev.accord.domain.tokens.api.ApiTokenRevoked;
import dev.accord.domain.tokens.api.IssueApiToken;
import dev.accord.domain.tokens.api.IssuedApiToken;
import dev.accord.domain.tokens.api.RevokeApiToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * People issue and revoke their own API tokens. Like the changes to accounts, each is recorded as an event with
 * who did it and when; the token table is written in the same transaction.
 */
public class ApiTokens {

    public static final int MINIMUM_DAYS = 1;
    public static final int MAXIMUM_DAYS = 365;

    private final ApiTokenStore store;
    private final EventBus events;
    private final Clock clock;

    public ApiTokens(ApiTokenStore store, EventBus events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @CommandHandler
    public IssuedApiToken handle(IssueApiToken command) {
        String name = Texts.line("name", command.name());
        Integer days = command.expiresInDays();
        if (days == null || days < MINIMUM_DAYS || days > MAXIMUM_DAYS) {
            throw new InvalidInputException(
                    "expiresInDays", "A token lasts " + MINIMUM_DAYS + " to " + MAXIMUM_DAYS + " days");
        }
        UUID id = UUID.randomUUID();
        String secret = ApiTokenSecret.generate();
        Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(days));
        store.add(id, command.actor().userId(), name, ApiTokenSecret.hash(secret), expiresAt);
        record(new ApiTokenIssued(id, name, expiresAt, command.actor()));
        return new IssuedApiToken(id, secret, expiresAt);
    }

    @CommandHandler
    public void handle(RevokeApiToken command) {
        // Someone else's token is answered like one that does not exist: its existence is not theirs to learn.
        if (command.tokenId() == null
                || !store.revoke(command.tokenId(), command.actor().userId())) {
            throw new NotFoundException("You have no working token " + command.tokenId());
        }
        record(new ApiTokenRevoked(command.tokenId(), command.actor()));
    }

    /** Published within the command's unit of work: stored with the token table's change or not at all. */
    private void record(Object event) {
        events.publish(GenericEventMessage.asEventMessage(event));
    }
}
