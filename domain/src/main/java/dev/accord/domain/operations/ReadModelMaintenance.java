package dev.accord.domain.operations;

import dev.accord.domain.operations.api.ReadModelRebuildStarted;
import dev.accord.domain.operations.api.RebuildReadModels;
import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.shared.NotPermittedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

/** Who may rebuild the read models (administrators), and the record that someone did. */
public class ReadModelMaintenance {

    private final UserDirectory directory;
    private final ReadModelRebuilder rebuilder;
    private final EventBus events;

    public ReadModelMaintenance(UserDirectory directory, ReadModelRebuilder rebuilder, EventBus events) {
        this.directory = directory;
        this.rebuilder = rebuilder;
        this.events = events;
    }

    @CommandHandler
    public void handle(RebuildReadModels command) {
        if (command.actor() == null || !directory.isActiveAdmin(command.actor().userId())) {
            throw new NotPermittedException("Only administrators rebuild the read models");
        }
        rebuilder.start(command.actor());
        events.publish(GenericEventMessage.asEventMessage(new ReadModelRebuildStarted(command.actor())));
    }
}
