package dev.accord.app.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import org.springframework.stereotype.Component;

/**
 * A change's (or a year's) approval rules kept as JSON text in one column: a list of at most
 * {@link ApprovalRules#MAX_TIERS} tiers, which TEXT holds whatever the domain accepts. NULL is the default rule.
 */
@Component
public class ApprovalRulesColumn {

    private final ObjectMapper json;

    public ApprovalRulesColumn(ObjectMapper json) {
        this.json = json;
    }

    public String write(ApprovalRules rules) {
        if (rules == null || rules.demandsNoMore()) {
            return null;
        }
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + rules + " as JSON", e);
        }
    }

    /** A change's business-case rule as JSON; NULL for none (changes requested before the rule existed). */
    public String write(BusinessCaseRule rule) {
        return rule == null ? null : json(rule);
    }

    public BusinessCaseRule readBusinessCaseRule(String text) {
        try {
            return text == null ? null : json.readValue(text, BusinessCaseRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable business-case rule: " + text, e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }

    /** The rules in the column; the default for NULL. */
    public ApprovalRules read(String text) {
        if (text == null) {
            return ApprovalRules.DEFAULT;
        }
        try {
            return json.readValue(text, ApprovalRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable approval rules: " + text, e);
        }
    }
}
