package dev.accord.ui.operations;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.accord.domain.operations.api.FindRebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.domain.operations.api.RebuildReadModels;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Operating the ledger: rebuilding every read model from the event table, and the events read models parked. While a
 * rebuild runs, the page follows it every half second (it asks the application's progress in memory, not the
 * database).
 */
@Route(value = "operations", layout = MainLayout.class)
@PageTitle("Operations · Accord")
@RolesAllowed("ADMIN")
public class OperationsView extends VerticalLayout {

    private static final int FOLLOW_EVERY_MS = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Button rebuild = new Button("Rebuild the read models", VaadinIcon.REFRESH.create());
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private Registration polls;

    public OperationsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        rebuild.setId("rebuild-read-models");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> start());
        bar.setId("rebuild-progress");
        bar.getElement().setAttribute("aria-label", "Rebuild progress");
        status.setId("rebuild-status");
        add(
                new H2("Operations"),
                new H3("Read models"),
                new Paragraph("Every page and API answer reads from read "
                        + "models kept from the ledger's events. Rebuilding replays all events from the first into "
                        + "new read models; the current ones keep serving until the new ones have caught up and "
                        + "take their place. Nothing in the ledger changes."),
                rebuild,
                bar,
                status,
                new ParkedEvents(commands, queries, currentUser));
        show(progress());
    }

    private void start() {
        if (Refusals.attempt(() -> commands.sendAndWait(new RebuildReadModels(currentUser.actor())))) {
            follow(UI.getCurrent());
        }
    }

    private void follow(UI ui) {
        ui.setPollInterval(FOLLOW_EVERY_MS);
        show(progress());
    }

    private void show(RebuildProgress progress) {
        boolean running = progress.running();
        rebuild.setEnabled(!running);
        bar.setVisible(progress.state() != RebuildProgress.State.IDLE);
        bar.setValue(progress.fraction());
        status.setText(describe(progress));
        if (!running) {
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private String describe(RebuildProgress p) {
        Locale locale = getLocale() == null ? Locale.getDefault() : getLocale();
        String counts = String.format(
                locale, "%,d of %,d events, %,.0f events/s", p.eventsReplayed(), p.totalEvents(), p.eventsPerSecond());
        return switch (p.state()) {
            case IDLE -> "No rebuild has run since Accord started.";
            case RUNNING ->
                "Rebuilding: " + counts + (p.secondsLeft() == null ? "" : ", about " + p.secondsLeft() + " s left")
                        + ". Started by " + p.startedBy() + ".";
            case SWITCHING -> "Caught up (" + counts + "): the new read models are taking over.";
            case DONE ->
                "Rebuilt from "
                        + String.format(locale, "%,d events at %,.0f events/s", p.eventsReplayed(), p.eventsPerSecond())
                        + ", finished " + Formats.instant(p.finishedAt(), locale) + " (started by "
                        + p.startedBy() + ").";
            case FAILED -> "The rebuild failed and the previous read models stay in use: " + p.message();
        };
    }

    private RebuildProgress progress() {
        return queries.query(new FindRebuildProgress(), ResponseTypes.instanceOf(RebuildProgress.class))
                .join();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        polls = ui.addPollListener(poll -> show(progress()));
        if (progress().running()) {
            follow(ui);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polls.remove();
        detachEvent.getUI().setPollInterval(-1);
    }
}
