package dev.accord.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What fails while a person works in a view and no view caught (a grid's page query, a live update, a command
 * sent without {@link Refusals#attempt}) ends in a notification they understand, not in silence: Vaadin's own
 * handler only logs, and the screen would simply stop changing.
 */
@SpringComponent
public class Failures implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(Failures::tell));
    }

    static void tell(ErrorEvent error) {
        if (UI.getCurrent() == null) {
            log.error("Failed outside any view", error.getThrowable());
            return;
        }
        refusal(error.getThrowable()).ifPresentOrElse(refused -> Refusals.show(refused.getMessage()), () -> {
            log.error("Failed in a view", error.getThrowable());
            Refusals.failed();
        });
    }

    /** Axon and CompletableFuture wrap what the ledger threw; the person needs the ledger's own words. */
    private static Optional<Throwable> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException
                    || cause instanceof NotPermittedException
                    || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
