package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;
import java.time.Instant;

/** One side's answer to one question in one round (0 at approval, then one per reassessment). */
public record AssessmentAnswerRow(
        int round,
        Side side,
        AssessmentQuestion question,
        int rating,
        String rationale,
        String answeredBy,
        Instant at) {}
