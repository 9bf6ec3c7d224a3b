package dev.accord.domain.integrity.api;

/** What an auditor keeps to check the history without Accord: answered with AuditorsKey. */
public record FindAuditorsKey() {}
