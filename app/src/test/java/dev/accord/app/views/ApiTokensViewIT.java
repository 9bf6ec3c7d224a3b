package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.tokens.api.ApiTokenSummary;
import dev.accord.ui.project.ProjectsView;
import dev.accord.ui.tokens.ApiTokensView;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Anyone signed in finds "API tokens" in their menu, issues a token shown once, and revokes it there. */
@AccordIntegrationTest
class ApiTokensViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void aViewerIssuesATokenThatWorksAndRevokesItFromThePage() {
        SignedInVaadin.as("vic", context);
        UI.getCurrent().navigate(ProjectsView.class);
        _click(_get(Button.class, spec -> spec.withId("api-tokens")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ApiTokensView.class);

        String name = "report " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), name);
        _setValue(_get(IntegerField.class, spec -> spec.withId("token-days")), 7);
        _click(_get(Button.class, spec -> spec.withId("issue-token")));

        String token = _get(TextField.class, spec -> spec.withId("new-token")).getValue();
        assertThat(token).startsWith("acc_");
        assertThat(statusWith(token)).isEqualTo(200);

        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("tokens"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).name().equals(name))
                .findFirst()
                .orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "revoke"));

        assertThat(IntStream.range(0, GridKt._size(grid))
                        .mapToObj(i -> GridKt._get(grid, i).name()))
                .doesNotContain(name);
        assertThat(statusWith(token)).isEqualTo(401);
    }

    private int statusWith(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/projects", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode()
                .value();
    }
}
