package dev.accord.domain.project.api;

import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;

/** A command on one change request of a project: the change's own handlers take it (see ChangeRequest). */
public interface ChangeCommand extends ActorCommand {

    UUID changeId();
}
