package dev.accord.domain.project.api;

/** My own open changes, waiting for the other side (or both). */
public record FindOwnOpenRequests(String userId) {}
