package dev.accord.domain.operations;

import dev.accord.domain.operations.api.DeadLetter;
import dev.accord.domain.operations.api.DeadLetterEvicted;
import dev.accord.domain.operations.api.EvictDeadLetter;
import dev.accord.domain.operations.api.RetryDeadLetters;
import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Who may hand parked events back to a read model or give up on them (administrators), and the record that someone
 * gave up: a read model that will never show an event is part of the ledger's history, with the reason.
 */
public class DeadLetterAdministration {

    private final UserDirectory directory;
    private final DeadLetterQueues queues;
    private final EventBus events;

    public DeadLetterAdministration(UserDirectory directory, DeadLetterQueues queues, EventBus events) {
        this.directory = directory;
        this.queues = queues;
        this.events = events;
    }

    @CommandHandler
    public int handle(RetryDeadLetters command) {
        checkAdmin(command.actor());
        return queues.retry(
                Texts.line("processingGroup", command.processingGroup()), Texts.line("sequence", command.sequence()));
    }

    @CommandHandler
    public void handle(EvictDeadLetter command) {
        checkAdmin(command.actor());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("reason", "Say why the read model may do without this event");
        }
        String reason = Texts.longText("reason", command.reason());
        DeadLetter letter = queues.find(
                        Texts.line("processingGroup", command.processingGroup()),
                        Texts.line("eventIdentifier", command.eventIdentifier()))
                .orElseThrow(() -> new NotFoundException("No parked event " + command.eventIdentifier()
                        + " in read model " + command.processingGroup()));
        queues.evict(letter);
        events.publish(GenericEventMessage.asEventMessage(new DeadLetterEvicted(
                letter.processingGroup(),
                letter.eventIdentifier(),
                letter.eventType(),
                letter.aggregateIdentifier(),
                letter.sequenceNumber(),
                letter.error(),
                reason,
                command.actor())));
    }

    private void checkAdmin(Actor actor) {
        if (actor == null || !directory.isActiveAdmin(actor.userId())) {
            throw new NotPermittedException("Only administrators handle parked events");
        }
    }
}
