package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A project was put on the table. When it happened is the event message's timestamp.
 *
 * @param department the department that asks for the project; null when none was named, as in every proposal
 *                   recorded before proposals named one (the field is read as absent from those events)
 */
@Revision("1")
public record ProjectProposed(
        UUID projectId,
        String title,
        String description,
        String sponsor,
        List<String> processesImproved,
        List<String> companyObjectives,
        List<String> itObjectives,
        Money requestedBudget,
        int fiscalYear,
        Actor proposedBy,
        String department) {}
