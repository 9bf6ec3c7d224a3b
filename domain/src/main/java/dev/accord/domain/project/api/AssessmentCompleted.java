package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Both sides have answered all four questions; ratings two or more apart are disagreements to discuss. */
@Revision("1")
public record AssessmentCompleted(
        UUID projectId, int round, List<AssessmentQuestion> disagreements, Actor completedBy) {}
