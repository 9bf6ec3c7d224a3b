package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.notification.api.FindEmailKinds;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.ui.notifications.NotificationSettingsView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The notification settings: every kind comes by e-mail until the person turns some off, and the choice is kept. */
@AccordIntegrationTest
class NotificationSettingsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    QueryGateway queries;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void everyKindIsOnUntilTurnedOffAndTheChoiceIsKept() {
        SignedInVaadin.as("ivo", context);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<NotificationKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("email-kinds"));
        assertThat(kinds.getValue()).containsExactlyInAnyOrder(NotificationKind.values());

        kinds.setValue(EnumSet.of(NotificationKind.ESCALATION, NotificationKind.REMINDER));
        _click(_get(Button.class, spec -> spec.withId("save-email-kinds")));

        assertThat(byEmail("ivo")).containsExactlyInAnyOrder(NotificationKind.ESCALATION, NotificationKind.REMINDER);
        // Away and back: the page reads the choice again.
        UI.getCurrent().navigate("approvals");
        UI.getCurrent().navigate(NotificationSettingsView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<NotificationKind> again = _get(CheckboxGroup.class, spec -> spec.withId("email-kinds"));
        assertThat(again.getValue()).containsExactlyInAnyOrder(NotificationKind.ESCALATION, NotificationKind.REMINDER);

        again.setValue(EnumSet.allOf(NotificationKind.class));
        _click(_get(Button.class, spec -> spec.withId("save-email-kinds")));
        assertThat(byEmail("ivo")).containsExactlyInAnyOrder(NotificationKind.values());
    }

    private Set<NotificationKind> byEmail(String user) {
        List<NotificationKind> kinds = queries.query(
                        new FindEmailKinds(user), ResponseTypes.multipleInstancesOf(NotificationKind.class))
                .join();
        return EnumSet.copyOf(kinds);
    }
}
