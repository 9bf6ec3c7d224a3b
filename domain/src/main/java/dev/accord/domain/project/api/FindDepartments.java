package dev.accord.domain.project.api;

/**
 * The requesting departments named in proposals so far, by name: the proposal form offers them, so that one
 * department is spelt one way and the portfolio's totals by department hold together. Answered with a list of names.
 */
public record FindDepartments() {}
