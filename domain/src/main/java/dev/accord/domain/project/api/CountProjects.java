package dev.accord.domain.project.api;

/** How many projects match the projects list's filter. */
public record CountProjects(String titleContains, ProjectStatus status) {}
