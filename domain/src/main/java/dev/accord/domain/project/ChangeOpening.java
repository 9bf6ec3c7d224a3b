package dev.accord.domain.project;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectProposed;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * What opening a change needs beyond the project itself: the fiscal year's approval rules, recorded with the change
 * because the rules in force when it was requested are the ones that apply to it (the business case it needs among
 * them), and its reminders, scheduled once it
 * is open. Every way a change opens (a request, a proposal, a joint control, a reassessment's follow-up) goes through
 * this, so none of them forgets either.
 */
record ChangeOpening(Portfolios portfolios, DeadlineManager deadlines, ReminderPolicy reminders) {

    ApprovalRules rulesOf(int fiscalYear) {
        return portfolios.approvalRules(fiscalYear);
    }

    BusinessCaseRule businessCaseRuleOf(int fiscalYear) {
        return portfolios.businessCaseRule(fiscalYear);
    }

    /** The INITIAL_BUDGET change a proposal opens, asking for the budget it requests. */
    void initialBudget(ProjectProposed proposal, UUID changeId) {
        AggregateLifecycle.apply(new ChangeRequested(
                proposal.projectId(),
                changeId,
                ChangeKind.INITIAL_BUDGET,
                ChangeTerms.budget(proposal.requestedBudget()),
                "Initial budget of the proposal",
                proposal.proposedBy(),
                rulesOf(proposal.fiscalYear()),
                businessCaseRuleOf(proposal.fiscalYear())));
        opened(changeId);
    }

    void opened(UUID changeId) {
        ReminderSchedule.waitingFrom(deadlines, reminders, changeId, 1);
    }
}
