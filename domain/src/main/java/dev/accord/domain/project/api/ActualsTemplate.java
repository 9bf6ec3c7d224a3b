package dev.accord.domain.project.api;

/** The template for importing actuals, as a file to download. */
public record ActualsTemplate(String fileName, String mediaType, byte[] content) {}
