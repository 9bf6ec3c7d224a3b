package dev.accord.ui.operations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.operations.api.DeadLetter;
import dev.accord.domain.operations.api.EvictDeadLetter;
import dev.accord.domain.operations.api.FindDeadLetters;
import dev.accord.domain.operations.api.RetryDeadLetters;
import dev.accord.domain.shared.Texts;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Events a read model could not store and parked, so that it could go on with every other project: what failed,
 * for which project, since when. An administrator hands a project's parked events back (after a fix or an upcaster)
 * or gives up on one with a reason, which the ledger records.
 */
class ParkedEvents extends VerticalLayout {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Grid<DeadLetter> grid = new Grid<>();
    private final Paragraph none =
            new Paragraph("No read model has parked an event: every event is in every read " + "model.");

    ParkedEvents(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        setPadding(false);
        grid.setId("parked-events");
        grid.addColumn(DeadLetter::processingGroup)
                .setHeader("Read model")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(letter -> letter.eventType() + (letter.globalIndex() == null ? "" : " #" + letter.globalIndex()))
                .setHeader("Event")
                .setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(DeadLetter::aggregateIdentifier)
                .setHeader("Project")
                .setWidth("10em")
                .setFlexGrow(0)
                .setTooltipGenerator(DeadLetter::aggregateIdentifier);
        grid.addColumn(letter -> letter.position() == 0 ? "failed" : "waiting behind it")
                .setHeader("State")
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(letter -> Formats.instant(letter.since(), locale()))
                .setHeader("Since")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(DeadLetter::error).setHeader("Error").setFlexGrow(1).setWidth("16em");
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(
                new H3("Parked events"),
                new Paragraph("A read model that cannot store an event parks it, with that "
                        + "project's later events, and carries on with every other project."),
                none,
                grid);
        refresh();
    }

    void refresh() {
        List<DeadLetter> letters = queries.query(
                        new FindDeadLetters(), ResponseTypes.multipleInstancesOf(DeadLetter.class))
                .join();
        grid.setItems(letters);
        grid.setVisible(!letters.isEmpty());
        none.setVisible(letters.isEmpty());
    }

    private HorizontalLayout actions(DeadLetter letter) {
        HorizontalLayout actions = new HorizontalLayout();
        if (letter.position() == 0) {
            Button retry = new Button("Retry", click -> {
                if (Refusals.attempt(() -> commands.sendAndWait(
                        new RetryDeadLetters(letter.processingGroup(), letter.sequence(), currentUser.actor())))) {
                    refresh();
                }
            });
            retry.setId("retry-" + letter.eventIdentifier());
            Button evict = new Button("Give up…", click -> askWhy(letter));
            evict.setId("give-up-" + letter.eventIdentifier());
            evict.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(retry, evict);
        }
        return actions;
    }

    private void askWhy(DeadLetter letter) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Give up on " + letter.eventType() + " in " + letter.processingGroup());
        TextArea reason = new TextArea("Why may this read model do without it?");
        reason.setId("eviction-reason");
        reason.setMaxLength(Texts.LONG_TEXT_MAX_LENGTH);
        reason.setWidthFull();
        Button confirm = new Button("Give up on this event", click -> {
            if (Refusals.attempt(() -> commands.sendAndWait(new EvictDeadLetter(
                    letter.processingGroup(), letter.eventIdentifier(), reason.getValue(), currentUser.actor())))) {
                dialog.close();
                refresh();
            }
        });
        confirm.setId("confirm-eviction");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph("The ledger keeps the event and records that you gave up on it here, and why. The "
                        + "project's events that waited behind it go to the read model."),
                reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
