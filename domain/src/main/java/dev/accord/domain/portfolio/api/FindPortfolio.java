package dev.accord.domain.portfolio.api;

/** The fiscal year's budget, what is allocated, and the projects ranked by the year's weights. */
public record FindPortfolio(int fiscalYear) {}
