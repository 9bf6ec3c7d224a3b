package dev.accord.app.views;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.operations.api.FindRebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.ui.operations.OperationsView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** An administrator rebuilds the read models from the Operations page; nobody else reaches it. */
@AccordIntegrationTest
class OperationsViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    QueryGateway queries;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void anAdministratorRebuildsAndSeesHowItWent() {
        SignedInVaadin.as("ada", context);
        UI.getCurrent().navigate(OperationsView.class);
        _click(_get(Button.class, spec -> spec.withId("rebuild-read-models")));
        await().atMost(Duration.ofSeconds(60)).until(() -> queries.query(new FindRebuildProgress(),
                ResponseTypes.instanceOf(RebuildProgress.class)).join().state() == RebuildProgress.State.DONE);

        // The page follows a running rebuild through the browser's polls; one poll after the end shows how it went.
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-status")).getText())
                .startsWith("Rebuilt from").contains("started by Ada Quist");
    }

    @Test
    void aMemberCannotOpenOperations() {
        SignedInVaadin.as("ida", context);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OperationsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
