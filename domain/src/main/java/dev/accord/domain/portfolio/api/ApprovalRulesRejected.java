package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requested approval rules were rejected; the rules in force stay. */
@Revision("1")
public record ApprovalRulesRejected(int fiscalYear, UUID changeId, String reason, Actor rejectedBy) {}
