package dev.accord.domain.scenario;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.scenario.api.ChangeOutcome;
import dev.accord.domain.scenario.api.ImpliedChange;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Turns a scenario into the change requests it implies, one per project whose amount in it differs from its budget
 * now. Each goes to the project as the ledger's ordinary command, sent by the person who asked, so the project's own
 * rules decide (one open budget change at a time, only a proposal's requester revises its initial budget, no change
 * to a closed project), and both sides then approve or reject it as any other. Nothing here approves anything.
 */
public final class ScenarioChangeRequests {

    private ScenarioChangeRequests() {}

    /** The changes the evaluated scenario implies, in rank order. */
    public static List<ImpliedChange> implied(ScenarioBasis basis, ScenarioEvaluation evaluation) {
        List<ImpliedChange> changes = new ArrayList<>();
        for (ScenarioLine line : evaluation.lines()) {
            if (line.differs()) {
                changes.add(new ImpliedChange(
                        line.projectId(),
                        line.title(),
                        line.status(),
                        line.currentBudget(),
                        line.amount(),
                        basis.candidate(line.projectId())
                                .map(candidate -> candidate.initialChangeId())
                                .orElse(null)));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * Sends each change as {@code actor} and says what became of it; a refusal of one does not stop the others.
     *
     * @param scenarioName named in each change's rationale, so both sides see where the figures come from
     */
    public static List<ChangeOutcome> open(
            CommandGateway commands, int fiscalYear, String scenarioName, List<ImpliedChange> changes, Actor actor) {
        JointApproval.checkActsForASide(actor, "request changes");
        List<ChangeOutcome> outcomes = new ArrayList<>();
        for (ImpliedChange change : changes) {
            String rationale = "From the " + fiscalYear + " scenario \u201c" + scenarioName + "\u201d: the budget "
                    + change.from() + " becomes " + change.to() + ".";
            try {
                outcomes.add(send(commands, change, rationale, actor));
            } catch (InvalidInputException | NotPermittedException | ConflictException | NotFoundException refused) {
                outcomes.add(new ChangeOutcome(change, null, null, refused.getMessage()));
            }
        }
        return List.copyOf(outcomes);
    }

    private static ChangeOutcome send(CommandGateway commands, ImpliedChange change, String rationale, Actor actor) {
        ChangeTerms terms = ChangeTerms.budget(change.to());
        if (change.kind() == ChangeKind.INITIAL_BUDGET) {
            if (change.initialChangeId() == null) {
                throw new ConflictException("Its initial budget change is not known yet; try again in a moment");
            }
            int version = commands.sendAndWait(
                    new ReviseChange(change.projectId(), change.initialChangeId(), terms, rationale, actor));
            return new ChangeOutcome(change, change.initialChangeId(), version, null);
        }
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(
                new RequestChange(change.projectId(), changeId, ChangeKind.BUDGET, terms, rationale, actor));
        return new ChangeOutcome(change, changeId, 1, null);
    }
}
