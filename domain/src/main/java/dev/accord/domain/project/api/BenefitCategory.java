package dev.accord.domain.project.api;

public enum BenefitCategory {
    COST_SAVING,
    REVENUE,
    RISK_REDUCTION,
    PRODUCTIVITY
}
