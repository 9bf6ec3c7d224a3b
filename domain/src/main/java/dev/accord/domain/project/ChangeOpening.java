package dev.accord.domain.project;

import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;

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

    void opened(UUID changeId) {
        ReminderSchedule.waitingFrom(deadlines, reminders, changeId, 1);
    }
}
