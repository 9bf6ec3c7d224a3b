package dev.accord.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year's rules in words, as the approvals inbox and the portfolio show a request for new ones. */
class ApprovalRulesWordsTest {

    @Test
    void noTiersReadAsThePlainFourEyes() {
        assertThat(ApprovalRules.DEFAULT.describe()).isEqualTo("One approval of each side, whatever the amount");
    }

    @Test
    void eachTierSaysItsAmountItsCountsAndItsLeads() {
        ApprovalRules rules = new ApprovalRules(List.of(
                new ApprovalTier(Money.of("500000", "EUR"), 1, 1, true, false),
                new ApprovalTier(Money.of("2000000", "EUR"), 2, 2, true, true)));

        assertThat(rules.describe())
                .isEqualTo("One approval of each side up to EUR 500,000.00; above EUR 500,000.00: 1 Finance approval "
                        + "including the CFO and 1 IT approval; above EUR 2,000,000.00: 2 Finance approvals "
                        + "including the CFO and 2 IT approvals including the CIO");
    }

    @Test
    void aYearsOwnBusinessCaseRuleIsSaidToo() {
        ApprovalRules rules = new ApprovalRules(List.of(), new BusinessCaseRule(true, Money.of("100000", "EUR")));

        assertThat(rules.describe())
                .isEqualTo("One approval of each side, whatever the amount; a complete business case before every "
                        + "initial budget and budget changes above EUR 100,000.00 take effect");
    }
}
