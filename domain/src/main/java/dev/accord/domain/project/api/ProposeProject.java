package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Someone from Finance or IT puts an IT initiative on the table with the budget it asks for. The proposal opens
 * the INITIAL_BUDGET change ({@code initialChangeId}), which both sides must approve.
 *
 * @param requestedBudget in the ledger's currency
 * @param department the department that asks for it (optional, see {@link ProposalRules#departmentProblem})
 */
public record ProposeProject(
        @TargetAggregateIdentifier UUID projectId,
        UUID initialChangeId,
        String title,
        String description,
        String sponsor,
        List<String> processesImproved,
        List<String> companyObjectives,
        List<String> itObjectives,
        Money requestedBudget,
        int fiscalYear,
        Actor actor,
        String department)
        implements ActorCommand {

    /** The short form used where only the essentials are known. */
    public static ProposeProject of(
            UUID projectId, String title, String description, Money requestedBudget, int fiscalYear, Actor actor) {
        return new ProposeProject(
                projectId,
                UUID.randomUUID(),
                title,
                description,
                null,
                List.of(),
                List.of(),
                List.of(),
                requestedBudget,
                fiscalYear,
                actor,
                null);
    }
}
