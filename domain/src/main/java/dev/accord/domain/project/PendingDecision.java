package dev.accord.domain.project;

import dev.accord.domain.shared.Money;

/**
 * What an approval leads to: whether it completes the four eyes, and if so the share of the fiscal year's budget
 * the project will hold afterwards (null when the change does not move money).
 */
public record PendingDecision(boolean takesEffect, int fiscalYear, Money allocationAfter) {}
