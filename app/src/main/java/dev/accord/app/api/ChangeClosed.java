package dev.accord.app.api;

import dev.accord.domain.project.api.ChangeState;
import java.util.UUID;

/** A change (to a project or to a year's budget) that was just withdrawn or rejected. */
public record ChangeClosed(UUID changeId, ChangeState state) {}
