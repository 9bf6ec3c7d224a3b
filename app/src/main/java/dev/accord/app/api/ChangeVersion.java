package dev.accord.app.api;

import java.util.UUID;

/** A change (to a project or to a year's budget) as it now stands on the table: the version to approve. */
public record ChangeVersion(UUID changeId, int version) {}
