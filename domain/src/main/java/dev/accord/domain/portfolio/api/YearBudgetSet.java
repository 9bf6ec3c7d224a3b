package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Both sides approved: the fiscal year's IT budget is now this. */
@Revision("1")
public record YearBudgetSet(
        int fiscalYear, UUID changeId, Money budgetBefore, Money budget, List<Approval> approvals, Actor decidedBy) {}
