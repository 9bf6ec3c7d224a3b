package dev.accord.domain.operations.api;

/** Every parked event of every read model, by read model and project; answered with a list of {@link DeadLetter}. */
public record FindDeadLetters() {}
