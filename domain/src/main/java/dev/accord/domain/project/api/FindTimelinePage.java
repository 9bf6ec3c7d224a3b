package dev.accord.domain.project.api;

import java.util.UUID;

/**
 * One page of a project's timeline as a conversation: steps oldest first, each comment directly beneath the
 * step it discusses (comments on the project itself are steps of their own). Optionally only one side's steps
 * (FINANCE, IT, or ACCORD for what fell due on its own) or one kind of step (an event type such as
 * ChangeApproved).
 */
public record FindTimelinePage(UUID projectId, String side, String type, int offset, int limit) {}
