package dev.accord.domain.retrospective.api;

/** A retrospective as a file to download; empty when the subject is unknown (a project that does not exist). */
public record ExportRetrospective(RetrospectiveSubject subject, ExportFormat format) {}
