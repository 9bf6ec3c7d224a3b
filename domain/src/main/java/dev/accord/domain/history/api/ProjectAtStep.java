package dev.accord.domain.history.api;

import dev.accord.domain.project.api.ProjectDetail;
import java.time.Instant;

/**
 * A project just after one step of its history.
 *
 * @param sequence the step, counted from 0 (the proposal)
 * @param lastSequence the project's latest step today, so a replay knows where it ends
 */
public record ProjectAtStep(long sequence, long lastSequence, Instant recordedAt, ProjectDetail project) {}
