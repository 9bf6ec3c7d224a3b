package dev.accord.ui.integrity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.accord.domain.integrity.api.FindIntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import dev.accord.domain.integrity.api.IntegrityStatus.State;
import dev.accord.ui.base.Formats;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The badge says what the last verification found, and changes as soon as the application sends a new status. */
class IntegrityBadgeTest {

    private static final Instant SIGNED = Instant.parse("2026-11-29T10:15:00Z");
    private static final IntegrityStatus.Checkpoint CHECKPOINT = new IntegrityStatus.Checkpoint(42, "cm9vdA==", SIGNED);

    private final QueryGateway queries = mock(QueryGateway.class);
    private final Sinks.Many<Object> updates = Sinks.many().multicast().onBackpressureBuffer();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void saysUpToWhichEventAndAtWhichCheckpointTheHistoryIsVerified() {
        show(new IntegrityStatus(State.VERIFIED, 42, CHECKPOINT, null, SIGNED, true));

        assertThat(badge().getText())
                .isEqualTo("Verified: events 1\u201342 at checkpoint "
                        + Formats.instant(SIGNED, UI.getCurrent().getLocale()));
        assertThat(badge().getThemeNames()).contains("success");
        assertThat(_find(Span.class, spec -> spec.withId("history-not-protected")))
                .as("shown only as a warning")
                .isEmpty();
    }

    @Test
    void turnsRedWithWhereTheTamperingIsAsSoonAsTheApplicationFindsIt() {
        show(new IntegrityStatus(State.VERIFIED, 42, CHECKPOINT, null, SIGNED, true));

        updates.tryEmitNext(new IntegrityStatus(State.RUNNING, 17, CHECKPOINT, null, SIGNED, true));
        MockVaadin.clientRoundtrip();
        assertThat(badge().getText()).isEqualTo("Verifying\u2026 17 events");
        assertThat(badge().getThemeNames()).contains("contrast").doesNotContain("success");

        updates.tryEmitNext(new IntegrityStatus(
                State.FAILED,
                17,
                CHECKPOINT,
                new Failure(
                        18L,
                        "6f1c2d3e-0000-4000-8000-000000000001",
                        3L,
                        Reason.CHANGED,
                        "its leaf hash differs from the log's"),
                SIGNED,
                true));
        MockVaadin.clientRoundtrip();
        assertThat(badge().getText())
                .isEqualTo("Tampering found at event 18 " + "(6f1c2d3e-0000-4000-8000-000000000001 step 3, changed)");
        assertThat(badge().getThemeNames()).contains("error").doesNotContain("contrast");
        assertThat(badge().getTooltip().getText()).endsWith(": its leaf hash differs from the log's");
    }

    @Test
    void warnsWhenTheApplicationsOwnDatabaseRoleCouldRewriteTheHistory() {
        show(new IntegrityStatus(State.VERIFIED, 42, CHECKPOINT, null, SIGNED, false));

        assertThat(notProtected().getTitle())
                .hasValueSatisfying(title ->
                        assertThat(title).startsWith("History not protected from the application's database role"));
    }

    @Test
    void claimsNothingWhenTheStatusCannotBeRead() {
        answerWith(Mono.error(new IllegalStateException("Connection refused")));
        UI.getCurrent().add(new IntegrityBadge(queries));
        MockVaadin.clientRoundtrip();

        assertThat(badge().getText()).isEqualTo("Integrity not known just now");
        assertThat(badge().getThemeNames()).doesNotContain("success", "error");
    }

    private void show(IntegrityStatus first) {
        answerWith(Mono.just(first));
        UI.getCurrent().add(new IntegrityBadge(queries));
        MockVaadin.clientRoundtrip();
    }

    @SuppressWarnings("unchecked")
    private void answerWith(Mono<Object> initialResult) {
        when(queries.subscriptionQuery(
                        any(FindIntegrityStatus.class), any(ResponseType.class), any(ResponseType.class)))
                .thenReturn(new DefaultSubscriptionQueryResult<>(initialResult, updates.asFlux(), () -> true));
    }

    private static Button badge() {
        return _get(Button.class, spec -> spec.withId("integrity-badge"));
    }

    private static Span notProtected() {
        return _get(Span.class, spec -> spec.withId("history-not-protected"));
    }
}
