package dev.accord.domain.project.api;

/**
 * One page of the projects list, filtered and sorted where the rows live, so the list stays fast however many
 * projects there are. {@code sortBy}: title, status, requested, proposedAt (the default, newest first).
 */
public record FindProjectsPage(
        String titleContains, ProjectStatus status, String sortBy, boolean ascending, int offset, int limit) {}
