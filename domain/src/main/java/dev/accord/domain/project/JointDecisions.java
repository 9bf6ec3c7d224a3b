package dev.accord.domain.project;

import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.RecordRoiCase;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * The project commands whose outcome also depends on the fiscal year's portfolio. Both aggregates are loaded in
 * one unit of work, so an approval that would push the year over its budget is refused whole: neither the
 * approval nor the allocation is recorded. Concurrent decisions on the same project or year meet Axon's
 * optimistic locking on the aggregates' event sequences, and the loser is retried by the command gateway.
 */
public class JointDecisions {

    private final Repository<Project> projects;
    private final Repository<Portfolio> portfolios;

    public JointDecisions(Repository<Project> projects, Repository<Portfolio> portfolios) {
        this.projects = projects;
        this.portfolios = portfolios;
    }

    /** Returns whether this approval made the change take effect. */
    @CommandHandler
    public boolean handle(ApproveChange command, DeadlineManager deadlines) throws Exception {
        Aggregate<Project> project = projects.load(command.projectId().toString());
        PendingDecision decision = project.invoke(p -> p.approve(command));
        if (!decision.takesEffect()) {
            return false;
        }
        if (decision.allocationAfter() != null) {
            Aggregate<Portfolio> portfolio =
                    portfolios.loadOrCreate(Portfolio.idOf(decision.fiscalYear()), Portfolio::new);
            portfolio.execute(p -> p.allocate(
                    decision.fiscalYear(),
                    command.projectId(),
                    command.changeId(),
                    decision.allocationAfter(),
                    command.actor()));
        }
        project.execute(p -> p.takeEffect(command.changeId(), command.actor(), deadlines));
        return true;
    }

    @CommandHandler
    public void handle(RecordRoiCase command) {
        Aggregate<Project> project = projects.load(command.projectId().toString());
        int year = project.invoke(Project::fiscalYear);
        BigDecimal rate = discountRateOf(year);
        project.execute(p -> p.recordRoiCase(command, rate));
    }

    private BigDecimal discountRateOf(int year) {
        try {
            return portfolios
                    .load(Portfolio.idOf(year))
                    .invoke(Portfolio::discountRatePercent)
                    .orElse(DiscountRate.DEFAULT_PERCENT);
        } catch (AggregateNotFoundException noPortfolioYet) {
            return DiscountRate.DEFAULT_PERCENT;
        }
    }
}
