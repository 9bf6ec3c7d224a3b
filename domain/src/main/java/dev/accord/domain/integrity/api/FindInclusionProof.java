package dev.accord.domain.integrity.api;

import java.util.UUID;

/** The proof that one step of a project is in the signed history: answered with Optional of InclusionProof. */
public record FindInclusionProof(UUID projectId, long sequence) {}
