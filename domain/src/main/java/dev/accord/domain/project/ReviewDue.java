package dev.accord.domain.project;

/** The payload of a project's review deadline: the interval it was scheduled for. */
public record ReviewDue(int intervalMonths) {}
