package dev.accord.domain.project.api;

/** All projects, newest proposal first. Subscribe to it to hear of new and changed projects. */
public record FindProjects() {}
