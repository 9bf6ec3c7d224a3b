package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Money;

/**
 * What one requesting department's projects of a fiscal year come to, so that the year's budget can be weighed
 * against each department's needs as well as the company's.
 *
 * @param department the department's name, or null for the projects proposed without one
 * @param projects how many of the year's ranked projects it asked for
 * @param requested what its ranked projects ask for (those still competing for the year's money)
 * @param allocated what its projects hold of the year's budget, as approved; the departments' add up to the year's
 * @param spendToDate what its projects have spent so far
 */
public record DepartmentTotal(String department, int projects, Money requested, Money allocated, Money spendToDate) {}
