package dev.accord.domain.portfolio.api;

/**
 * The open changes of a fiscal year itself (its budget, its approval rules) as the approvals inbox keeps them
 * ({@code PendingApproval}), with who requested them, whose approvals count so far and what each still lacks: for the
 * portfolio page to show and decide them where the year is shown.
 */
public record FindOpenYearChanges(int fiscalYear) {}
