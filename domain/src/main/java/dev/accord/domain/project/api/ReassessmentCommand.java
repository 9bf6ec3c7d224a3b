package dev.accord.domain.project.api;

import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;

/** A command on one reassessment of a project: the reassessment's own handlers take it (see Reassessment). */
public interface ReassessmentCommand extends ActorCommand {

    UUID reassessmentId();
}
