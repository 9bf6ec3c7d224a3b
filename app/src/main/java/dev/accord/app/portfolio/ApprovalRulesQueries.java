package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.FindApprovalRules;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A fiscal year's approval rules from the live table. */
@Component
class ApprovalRulesQueries {

    private final ApprovalRulesWriter rules;

    ApprovalRulesQueries(ApprovalRulesWriter rules) {
        this.rules = rules;
    }

    @QueryHandler
    YearApprovalRules handle(FindApprovalRules query) {
        return rules.find(query.fiscalYear());
    }
}
