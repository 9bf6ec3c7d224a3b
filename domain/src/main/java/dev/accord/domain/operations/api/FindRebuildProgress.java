package dev.accord.domain.operations.api;

/** How the current (or last) rebuild of the read models is getting on. */
public record FindRebuildProgress() {}
