package dev.accord.domain.project;

import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An IT initiative from proposal to close: the consistency boundary for its budget decisions.
 * Free of Spring: the application registers it with Axon's configuration.
 */
public class Project {

    @AggregateIdentifier
    private UUID projectId;

    @CommandHandler
    public Project(ProposeProject command) {
        if (!command.actor().belongsToASide()) {
            throw new NotPermittedException("Only members of Finance or IT may propose a project");
        }
        ProposalRules.titleProblem(command.title()).ifPresent(problem -> {
            throw new InvalidInputException("title", problem);
        });
        ProposalRules.descriptionProblem(command.description()).ifPresent(problem -> {
            throw new InvalidInputException("description", problem);
        });
        if (command.requestedBudget() == null) {
            throw new InvalidInputException("requestedBudget.amount", "Amount is required");
        }
        Money budget = Money.checked("requestedBudget",
                command.requestedBudget().amount(), command.requestedBudget().currency());
        apply(new ProjectProposed(command.projectId(), command.title().strip(),
                command.description() == null ? "" : command.description().strip(), budget, command.actor()));
    }

    @EventSourcingHandler
    void on(ProjectProposed event) {
        this.projectId = event.projectId();
    }

    /** For Axon's event sourcing. */
    protected Project() {
    }
}
