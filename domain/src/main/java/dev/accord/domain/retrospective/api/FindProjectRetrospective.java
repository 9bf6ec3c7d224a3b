package dev.accord.domain.retrospective.api;

import java.util.UUID;

/** One project looked back on: plan against actual, how long decisions took, who took part. Empty if unknown. */
public record FindProjectRetrospective(UUID projectId) {}
