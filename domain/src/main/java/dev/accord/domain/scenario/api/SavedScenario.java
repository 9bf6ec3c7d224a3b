package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A saved scenario as it stands at its latest version: who saved it first and who last.
 *
 * @param total its amounts together, in the ledger's currency
 */
public record SavedScenario(
        UUID scenarioId,
        int fiscalYear,
        String name,
        int version,
        List<ScenarioProject> projects,
        Money total,
        String savedBy,
        Instant savedAt,
        String revisedBy,
        Instant revisedAt) {}
