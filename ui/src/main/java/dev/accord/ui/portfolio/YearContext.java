package dev.accord.ui.portfolio;

import com.vaadin.flow.component.html.Paragraph;
import dev.accord.domain.portfolio.api.FindApprovalRules;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * What a change of the fiscal year is decided against, for the approvals inbox: the year's budget today and what
 * approved projects already hold of it, the rules or the ranking weights in force; and who approved the change so far.
 */
public final class YearContext {

    private YearContext() {}

    /** The context in one sentence, read now: a card shows it again only when it has changed. */
    public static String facts(QueryGateway queries, PendingApproval change, Locale locale) {
        List<String> facts = new ArrayList<>();
        if (change.yearChange() == YearChangeKind.YEAR_BUDGET) {
            PortfolioSummary year = queries.query(
                            new FindPortfolio(change.fiscalYear()), ResponseTypes.instanceOf(PortfolioSummary.class))
                    .join();
            facts.add(
                    year.budget() == null
                            ? "No budget is set for " + change.fiscalYear() + " yet"
                            : "The budget now: " + Formats.money(year.budget(), locale));
            facts.add("approved projects hold " + Formats.money(year.allocated(), locale));
        } else if (change.yearChange() == YearChangeKind.RANKING_WEIGHTS) {
            PortfolioSummary year = queries.query(
                            new FindPortfolio(change.fiscalYear()), ResponseTypes.instanceOf(PortfolioSummary.class))
                    .join();
            facts.add("Ranked now by " + year.rankingWeights().inForce());
        } else {
            YearApprovalRules rules = queries.query(
                            new FindApprovalRules(change.fiscalYear()),
                            ResponseTypes.instanceOf(YearApprovalRules.class))
                    .join();
            facts.add("In force now: " + rules.inForce().describe());
        }
        for (Actor approver : change.approvedBy()) {
            facts.add("approved by " + approver);
        }
        return String.join(" \u00b7 ", facts);
    }

    public static Paragraph shown(String facts) {
        Paragraph context = new Paragraph(facts);
        context.addClassName("year-context");
        context.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return context;
    }
}
