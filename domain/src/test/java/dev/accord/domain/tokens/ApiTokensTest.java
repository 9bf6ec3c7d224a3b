package dev.accord.domain.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.Side;
import dev.accord.domain.tokens.api.ApiTokenIssued;
import dev.accord.domain.tokens.api.ApiTokenRevoked;
import dev.accord.domain.tokens.api.IssueApiToken;
import dev.accord.domain.tokens.api.IssuedApiToken;
import dev.accord.domain.tokens.api.RevokeApiToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens are issued with a secret kept only as its hash, revoked only by their owner, and both are recorded. */
class ApiTokensTest {

    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    /** Hash and owner by token id. */
    private final Map<UUID, String[]> stored = new HashMap<>();

    private final List<Object> recorded = new ArrayList<>();
    private ApiTokens tokens;

    @BeforeEach
    void setUp() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(
                messages -> messages.stream().map(EventMessage::getPayload).forEach(recorded::add));
        ApiTokenStore store = new ApiTokenStore() {
            @Override
            public void add(UUID id, String username, String name, String secretHash, Instant expiresAt) {
                stored.put(id, new String[] {secretHash, username});
            }

            @Override
            public boolean revoke(UUID id, String username) {
                String[] token = stored.get(id);
                return token != null && token[1].equals(username) && stored.remove(id) != null;
            }
        };
        tokens = new ApiTokens(store, bus, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anIssuedTokenIsRandomRecognisableAndKeptOnlyAsItsHash() {
        IssuedApiToken issued = tokens.handle(new IssueApiToken(" ci ", 30, IDA));

        assertThat(issued.token()).matches("acc_[A-Za-z0-9_-]{43}");
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(stored.get(issued.id())[0]).isEqualTo(ApiTokenSecret.hash(issued.token()));
        assertThat(recorded).containsExactly(new ApiTokenIssued(issued.id(), "ci", issued.expiresAt(), IDA));
        assertThat(recorded.get(0).toString()).doesNotContain(issued.token().substring(4));
        assertThat(tokens.handle(new IssueApiToken("ci", 30, IDA)).token()).isNotEqualTo(issued.token());
    }

    @Test
    void aTokenLastsOneToThreeHundredSixtyFiveDays() {
        for (Integer days : new Integer[] {null, 0, 366}) {
            assertThatThrownBy(() -> tokens.handle(new IssueApiToken("ci", days, IDA)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("expiresInDays"));
        }
        assertThat(stored).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> tokens.handle(new IssueApiToken(" ", 7, IDA)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(stored).isEmpty();
    }

    @Test
    void onlyTheOwnerRevokesATokenAndTheRevocationIsRecorded() {
        IssuedApiToken issued = tokens.handle(new IssueApiToken("ci", 7, IDA));
        recorded.clear();

        assertThatThrownBy(() -> tokens.handle(new RevokeApiToken(issued.id(), IVO)))
                .isInstanceOf(NotFoundException.class);
        assertThat(recorded).isEmpty();

        tokens.handle(new RevokeApiToken(issued.id(), IDA));
        assertThat(stored).doesNotContainKey(issued.id());
        assertThat(recorded).containsExactly(new ApiTokenRevoked(issued.id(), IDA));
    }
}
