package dev.accord.ui.portfolio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Loading;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The portfolio arrives after the page has shown: until then the page says what is coming, and if it fails. */
class PortfolioViewTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void saysWhichYearIsLoadingUntilItsFiguresArrive() {
        answerWith(Mono.never());
        UI.getCurrent().add(new PortfolioView(mock(CommandGateway.class), queries, mock(CurrentUser.class)));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Loading.class).getElement().getTextRecursively())
                .isEqualTo("Loading the " + thisYear + " portfolio\u2026");
        assertThat(ranking().getEmptyStateText()).isEqualTo("Loading the year's projects\u2026");
    }

    @Test
    void saysSoWhenThePortfolioCannotBeLoaded() {
        answerWith(Mono.error(new IllegalStateException("Connection refused")));
        UI.getCurrent().add(new PortfolioView(mock(CommandGateway.class), queries, mock(CurrentUser.class)));
        MockVaadin.clientRoundtrip();

        assertThat(_find(Loading.class)).isEmpty();
        assertThat(ranking().getEmptyStateText()).isEqualTo("The projects could not be loaded.");
        NotificationsKt.expectNotifications("Accord could not load the " + thisYear + " portfolio just now. "
                + "Reload the page to try again; if it keeps failing, tell an administrator.");
    }

    @SuppressWarnings("unchecked")
    private Grid<?> ranking() {
        return _get(Grid.class, spec -> spec.withId("ranking"));
    }

    @SuppressWarnings("unchecked")
    private void answerWith(Mono<Object> initialResult) {
        when(queries.subscriptionQuery(any(FindPortfolio.class), any(ResponseType.class), any(ResponseType.class)))
                .thenReturn(new DefaultSubscriptionQueryResult<>(initialResult, Flux.never(), () -> true));
    }
}
