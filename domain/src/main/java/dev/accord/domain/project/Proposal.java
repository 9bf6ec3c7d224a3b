package dev.accord.domain.project;

import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;

/** What a proposal must hold, with the text limits the forms and the API share ({@link ProposalRules}). */
final class Proposal {

    private Proposal() {}

    /** The proposal as it will be recorded, its requested budget in the ledger's currency. */
    static ProjectProposed checked(ProposeProject command, LedgerCurrency ledger) {
        ProposalRules.titleProblem(command.title()).ifPresent(problem -> {
            throw new InvalidInputException("title", problem);
        });
        ProposalRules.descriptionProblem(command.description()).ifPresent(problem -> {
            throw new InvalidInputException("description", problem);
        });
        ProposalRules.departmentProblem(command.department()).ifPresent(problem -> {
            throw new InvalidInputException("department", problem);
        });
        Money budget = ledger.amount("requestedBudget", command.requestedBudget());
        LedgerCalendar.checkFiscalYear(command.fiscalYear());
        return new ProjectProposed(
                command.projectId(),
                command.title().strip(),
                Texts.longText("description", command.description()),
                Texts.optionalLine("sponsor", command.sponsor()),
                Texts.lines("processesImproved", command.processesImproved()),
                Texts.lines("companyObjectives", command.companyObjectives()),
                Texts.lines("itObjectives", command.itObjectives()),
                budget,
                command.fiscalYear(),
                command.actor(),
                ProposalRules.department(command.department()));
    }
}
