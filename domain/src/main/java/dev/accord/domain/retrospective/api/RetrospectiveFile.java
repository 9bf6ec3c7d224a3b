package dev.accord.domain.retrospective.api;

/** An exported retrospective: what to call the file, what it is, and its bytes. */
public record RetrospectiveFile(String fileName, String mediaType, byte[] content) {}
