package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.ui.account.MyAccountView;
import dev.accord.ui.project.ProjectsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anyone signed in finds "My account" in their menu and changes their own e-mail address there, with a record. */
@AccordIntegrationTest
class MyAccountViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
        jdbc.sql("UPDATE user_account SET email = 'vic@example.com' WHERE username = 'vic'")
                .update();
    }

    @Test
    void aViewerChangesTheirOwnAddressAndABadOneIsNamedBesideTheField() {
        SignedInVaadin.as("vic", context);
        UI.getCurrent().navigate(ProjectsView.class);
        _click(_get(Button.class, spec -> spec.withId("my-account")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(MyAccountView.class);
        TextField email = _get(TextField.class, spec -> spec.withId("account-email"));
        assertThat(email.getValue()).isEqualTo("vic@example.com");

        _setValue(email, "vic at example");
        _click(_get(Button.class, spec -> spec.withId("account-save-email")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("An e-mail address such as");
        assertThat(address()).isEqualTo("vic@example.com");

        _setValue(email, "vic.moss@example.org");
        _click(_get(Button.class, spec -> spec.withId("account-save-email")));
        assertThat(email.isInvalid()).isFalse();
        assertThat(address()).isEqualTo("vic.moss@example.org");
    }

    private String address() {
        return jdbc.sql("SELECT email FROM user_account WHERE username = 'vic'")
                .query(String.class)
                .single();
    }
}
