package dev.accord.ui.base;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;

/**
 * Sends a command and turns the ledger's refusals into a message a person understands; says so just as plainly
 * when something could not be read or done at all.
 */
public final class Refusals {

    private Refusals() {}

    /** Runs the action; returns false (after telling the user why) when the ledger refused it. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException | NotPermittedException | ConflictException | NotFoundException refused) {
            show(refused.getMessage());
            return false;
        }
    }

    public static void show(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A query failed: what could not be loaded, and what the person can do about it. */
    public static void couldNotLoad(String what) {
        show("Accord could not load " + what + " just now. Reload the page to try again; if it keeps failing, "
                + "tell an administrator.");
    }

    /** Something failed that is no refusal of the ledger (a bug, or the database gone). */
    public static void failed() {
        show("Something went wrong and this step was not completed. Reload the page to try again; if it keeps "
                + "failing, tell an administrator.");
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
