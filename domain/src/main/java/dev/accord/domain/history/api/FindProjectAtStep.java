package dev.accord.domain.history.api;

import java.util.UUID;

/** A project just after one of its steps (the event with that sequence number), for replaying its history. */
public record FindProjectAtStep(UUID projectId, long sequence) {}
