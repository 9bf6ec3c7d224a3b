package dev.accord.app.portfolio;

import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.shared.Side;
import java.util.UUID;

/**
 * One side's rating of one of the four questions in one round of a project (table {@code portfolio_assessment}). The
 * as-of view keeps the same rows in memory.
 */
public record PortfolioAssessmentRow(UUID projectId, int round, Side side, AssessmentQuestion question, int rating) {}
