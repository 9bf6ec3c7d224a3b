package dev.accord.domain.portfolio.api;

/** A fiscal year's approval rules in force, and the request to change them awaiting approval, if any. */
public record FindApprovalRules(int fiscalYear) {}
