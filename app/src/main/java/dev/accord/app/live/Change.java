package dev.accord.app.live;

import dev.accord.domain.shared.ActivityNote;

/**
 * One change to a read model, as the open queries it concerns are told of it: their kind, the key that picks them
 * (a project's id, a fiscal year; empty for all of the kind) and, for views that say so, who did what.
 */
record Change(LiveQuery query, String key, ActivityNote note) {}
