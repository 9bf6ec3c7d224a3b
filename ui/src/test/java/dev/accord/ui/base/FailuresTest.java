package dev.accord.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import dev.accord.domain.shared.ConflictException;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever a view did not catch reaches the person as a sentence, never as silence or a stack trace. */
class FailuresTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aRefusalIsToldInTheLedgersOwnWordsHoweverDeeplyItIsWrapped() {
        Failures.tell(new ErrorEvent(new CompletionException(new CommandExecutionException(
                "wrapped", new ConflictException("The change was decided an hour ago")))));
        NotificationsKt.expectNotifications("The change was decided an hour ago");
    }

    @Test
    void aFailedQuerySaysWhatToDoAndHidesTheTechnicalCause() {
        Failures.tell(new ErrorEvent(new CompletionException(new IllegalStateException("Connection refused"))));
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text"))
                .startsWith("Something went wrong")
                .contains("Reload the page")
                .doesNotContain("Connection refused");
    }

    @Test
    void aViewThatCouldNotLoadSaysWhat() {
        Refusals.couldNotLoad("the 2026 portfolio");
        NotificationsKt.expectNotifications("Accord could not load the 2026 portfolio just now. Reload the page to "
                + "try again; if it keeps failing, tell an administrator.");
    }
}
