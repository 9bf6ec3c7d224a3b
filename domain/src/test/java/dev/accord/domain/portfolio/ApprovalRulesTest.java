package dev.accord.domain.portfolio;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.portfolio.api.ApprovalRulesApproved;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.ApproveApprovalRules;
import dev.accord.domain.portfolio.api.RejectApprovalRules;
import dev.accord.domain.portfolio.api.RequestApprovalRules;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's thresholds: a fiscal year's approval rules are set jointly, like its budget. */
class ApprovalRulesTest {

    private static final int YEAR = 2026;
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);
    private static final List<ApprovalTier> CFO_ABOVE_500K =
            List.of(new ApprovalTier(Money.of("500000", "EUR"), 1, 1, true, false));
    private static final ApprovalRules RULES = new ApprovalRules(CFO_ABOVE_500K);

    private final FixtureConfiguration<Portfolio> fixture =
            new AggregateTestFixture<>(Portfolio.class).registerInjectableResource(new LedgerCurrency("EUR"));
    private final UUID request = UUID.randomUUID();

    @Test
    void rulesArePutOnTheTable() {
        fixture.givenNoPriorActivity()
                .when(new RequestApprovalRules(YEAR, request, CFO_ABOVE_500K, "Large changes", "EUR", FAY))
                .expectEvents(new ApprovalRulesRequested(YEAR, request, RULES, "Large changes", FAY));
    }

    @Test
    void oneApprovalOfEachSideSetsThem() {
        fixture.given(
                        new ApprovalRulesRequested(YEAR, request, RULES, "", FAY),
                        new ApprovalRulesApproved(YEAR, request, 1, RULES, null, FINN))
                .when(new ApproveApprovalRules(YEAR, request, 1, null, IVO))
                .expectEvents(
                        new ApprovalRulesApproved(YEAR, request, 1, RULES, null, IVO),
                        new ApprovalRulesSet(
                                YEAR,
                                request,
                                ApprovalRules.DEFAULT,
                                RULES,
                                List.of(new Approval(FINN, 1), new Approval(IVO, 1)),
                                IVO));
    }

    @Test
    void oneSideAloneDoesNotSetThem() {
        fixture.given(new ApprovalRulesRequested(YEAR, request, RULES, "", IVO))
                .when(new ApproveApprovalRules(YEAR, request, 1, null, FAY))
                .expectEvents(new ApprovalRulesApproved(YEAR, request, 1, RULES, null, FAY));
    }

    @Test
    void theRequesterCannotApprove() {
        fixture.given(new ApprovalRulesRequested(YEAR, request, RULES, "", FAY))
                .when(new ApproveApprovalRules(YEAR, request, 1, null, FAY))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectionClosesTheRequest() {
        fixture.given(new ApprovalRulesRequested(YEAR, request, RULES, "", FAY))
                .when(new RejectApprovalRules(YEAR, request, "Too strict", IVO))
                .expectEvents(new ApprovalRulesRejected(YEAR, request, "Too strict", IVO));
    }

    @Test
    void oneRequestAtATime() {
        fixture.given(new ApprovalRulesRequested(YEAR, request, RULES, "", FAY))
                .when(new RequestApprovalRules(YEAR, UUID.randomUUID(), List.of(), "", "EUR", IVO))
                .expectException(ConflictException.class);
    }

    @Test
    void aViewerCannotRequestRules() {
        fixture.givenNoPriorActivity()
                .when(new RequestApprovalRules(YEAR, request, CFO_ABOVE_500K, "", "EUR", VIC))
                .expectException(NotPermittedException.class);
    }

    @Test
    void tierAmountsAreInTheLedgerCurrency() {
        fixture.givenNoPriorActivity()
                .when(new RequestApprovalRules(YEAR, request, CFO_ABOVE_500K, "", "USD", FAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("Amounts are kept in the ledger's currency, USD")
                .expectNoEvents();
    }
}
