package dev.accord.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.FiscalYears;
import dev.accord.client.ApiClient;
import dev.accord.client.api.ApiTokensApi;
import dev.accord.client.api.ApprovalsApi;
import dev.accord.client.api.ChangesApi;
import dev.accord.client.api.PortfolioApi;
import dev.accord.client.api.ProjectStepsApi;
import dev.accord.client.api.ProjectsApi;
import dev.accord.client.api.RetrospectivesApi;
import dev.accord.client.model.BenefitJson;
import dev.accord.client.model.BudgetApprovalBody;
import dev.accord.client.model.BudgetBody;
import dev.accord.client.model.ChangeApprovalBody;
import dev.accord.client.model.ChangeApproved;
import dev.accord.client.model.ChangeJson;
import dev.accord.client.model.ChangeRequestBody;
import dev.accord.client.model.ChangeVersion;
import dev.accord.client.model.EstimateBody;
import dev.accord.client.model.IssuedApiToken;
import dev.accord.client.model.Money;
import dev.accord.client.model.PendingJson;
import dev.accord.client.model.PortfolioJson;
import dev.accord.client.model.ProblemDetail;
import dev.accord.client.model.ProjectDetailJson;
import dev.accord.client.model.ProjectJson;
import dev.accord.client.model.ProposalRequest;
import dev.accord.client.model.ProposedProject;
import dev.accord.client.model.RankedJson;
import dev.accord.client.model.RevisionBody;
import dev.accord.client.model.RoiBody;
import dev.accord.client.model.TimelineJson;
import dev.accord.client.model.TokenRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The main journey through the Java client generated from docs/openapi.json (the description Accord serves), as an
 * API user would take it: tokens issued with a password, then everything with the tokens; a year budget; a proposal
 * with its estimate and ROI case; a refused approval, a bad amount and a second approval read as problems; both sides
 * approving; a budget change the year cannot carry, revised until it can; the project, its timeline and the
 * portfolio read back. Every status Accord answered must be one the description lists for that operation.
 */
@AccordIntegrationTest
class GeneratedClientJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void proposeEstimateApproveAndChangeAProjectThroughTheGeneratedClient() throws Exception {
        GeneratedClients clients = new GeneratedClients(port);
        int year = FiscalYears.unused();
        String title = "Generated client journey " + UUID.randomUUID();

        // Each person issues a token with their password, and acts with it from then on.
        ApiClient ida = clients.bearer(issueToken(clients.basic("ida", "demo")));
        ApiClient fay = clients.bearer(issueToken(clients.basic("fay", "demo")));
        ApiClient ivo = clients.bearer(issueToken(clients.basic("ivo", "demo")));
        ApiClient finn = clients.basic("finn", "demo");

        // The year's IT budget, set jointly: Fay asks, IT and the other Finance member approve.
        ChangeVersion yearBudget = new PortfolioApi(fay)
                .requestYearBudget(
                        year, new BudgetBody().budget(eur("200000.00")).rationale("The year's IT budget"));
        new PortfolioApi(ivo).approveYearBudget(year, yearBudget.getChangeId(), new BudgetApprovalBody().version(1));
        new PortfolioApi(finn).approveYearBudget(year, yearBudget.getChangeId(), new BudgetApprovalBody().version(1));
        assertThat(new PortfolioApi(ida).getPortfolio(year, null, null).getBudget())
                .isEqualTo(eur("200000.00"));

        // A bad amount is a problem naming the field, and nothing is proposed.
        ProblemDetail badAmount = GeneratedClients.problemOf(() -> new ProjectsApi(ida)
                .proposeProject(new ProposalRequest()
                        .title(title)
                        .requestedBudget(eur("150000.005"))
                        .fiscalYear(year)));
        assertThat(badAmount.getStatus()).isEqualTo(400);
        assertThat(badAmount.getField()).isEqualTo("requestedBudget.amount");
        assertThat(new ProjectsApi(ida).listProjects())
                .extracting(ProjectJson::getTitle)
                .doesNotContain(title);

        ResponseEntity<ProposedProject> proposed = new ProjectsApi(ida)
                .proposeProjectWithHttpInfo(new ProposalRequest()
                        .title(title)
                        .sponsor("Head of Operations")
                        .requestedBudget(eur("150000.00"))
                        .fiscalYear(year));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID project = proposed.getBody().getId();
        UUID initialBudget = proposed.getBody().getChangeId();
        assertThat(proposed.getHeaders().getLocation()).hasPath("/api/projects/" + project);

        ProjectStepsApi idasSteps = new ProjectStepsApi(ida);
        idasSteps.submitEstimate(
                project,
                new EstimateBody()
                        .oneTimeCost(eur("120000.00"))
                        .recurringYearlyCost(eur("6000.00"))
                        .horizonYears(5)
                        .low(eur("110000.00"))
                        .high(eur("160000.00"))
                        .assumptions("Two teams for six months"));
        idasSteps.recordRoiCase(
                project,
                new RoiBody()
                        .benefits(List.of(new BenefitJson()
                                .category(BenefitJson.CategoryEnum.COST_SAVING)
                                .metric("Licences retired")
                                .target("All of the old suite")
                                .yearlyAmount(eur("60000.00")))));

        // Finance sees the proposal waiting; Ida may not approve her own; Fay approves once, not twice.
        assertThat(new ApprovalsApi(fay).listPendingApprovals())
                .extracting(PendingJson::getChangeId)
                .contains(initialBudget);
        ProblemDetail own = GeneratedClients.problemOf(() -> approve(ida, project, initialBudget, 1));
        assertThat(own.getStatus()).isEqualTo(403);
        assertThat(own.getDetail()).contains("You requested this change");
        assertThat(approve(fay, project, initialBudget, 1).getTookEffect()).isFalse();
        ProblemDetail twice = GeneratedClients.problemOf(() -> approve(fay, project, initialBudget, 1));
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(approve(ivo, project, initialBudget, 1).getTookEffect()).isTrue();

        ProjectDetailJson active = new ProjectsApi(fay).getProject(project, null);
        assertThat(active.getStatus()).isEqualTo("ACTIVE");
        assertThat(active.getApprovedBudget()).isEqualTo(eur("150000.00"));
        assertThat(active.getEstimates())
                .singleElement()
                .satisfies(estimate ->
                        assertThat(estimate.getTotalCost().getAmount()).isEqualByComparingTo("150000.00"));
        assertThat(active.getRoiCase().getFigures().getNpv()).isNotNull();

        // More than the year can carry: the second approval is refused and nothing changes until it is revised.
        ChangeVersion raise = new ChangesApi(ida)
                .requestChange(
                        project,
                        new ChangeRequestBody()
                                .kind(ChangeRequestBody.KindEnum.BUDGET)
                                .budget(eur("250000.00"))
                                .rationale("A third team"));
        approve(fay, project, raise.getChangeId(), 1);
        ProblemDetail tooMuch = GeneratedClients.problemOf(() -> approve(ivo, project, raise.getChangeId(), 1));
        assertThat(tooMuch.getStatus()).isEqualTo(409);
        assertThat(tooMuch.getDetail()).contains("raise the year's budget first");
        ChangeVersion revised = new ChangesApi(ida)
                .reviseChange(
                        project,
                        raise.getChangeId(),
                        new RevisionBody().budget(eur("180000.00")).rationale("Half a team more"));
        assertThat(revised.getVersion()).isEqualTo(2);
        assertThat(approve(fay, project, raise.getChangeId(), 2).getTookEffect())
                .isFalse();
        assertThat(approve(ivo, project, raise.getChangeId(), 2).getTookEffect())
                .isTrue();

        ProjectDetailJson changed = new ProjectsApi(ida).getProject(project, null);
        assertThat(changed.getApprovedBudget()).isEqualTo(eur("180000.00"));
        ChangeJson decided = changed.getDecidedChanges().stream()
                .filter(change -> change.getChangeId().equals(raise.getChangeId()))
                .findFirst()
                .orElseThrow();
        assertThat(decided.getApprovals())
                .extracting(approval -> approval.getDisplayName() + " (" + approval.getSide() + ")")
                .containsExactlyInAnyOrder("Fay Lund (FINANCE)", "Ivo Novak (IT)");
        assertThat(decided.getVoidedApprovals())
                .as("Fay's approval of the version the revision replaced")
                .singleElement()
                .satisfies(voided -> assertThat(voided.getUser() + " v" + voided.getVersion())
                        .isEqualTo("fay v1"));

        List<TimelineJson> timeline = new ProjectsApi(ivo).getTimeline(project);
        assertThat(timeline)
                .filteredOn(entry -> "ChangeApproved".equals(entry.getType()))
                .extracting(entry -> entry.getActorName() + " (" + entry.getSide() + ")")
                .as("the proposal's two approvals, then Fay's of the raise's version 1 and both of version 2")
                .containsExactly(
                        "Fay Lund (FINANCE)",
                        "Ivo Novak (IT)",
                        "Fay Lund (FINANCE)",
                        "Fay Lund (FINANCE)",
                        "Ivo Novak (IT)");
        assertThat(timeline)
                .extracting(TimelineJson::getSummary)
                .anyMatch(summary -> summary.contains("approved version 2 of the budget change to EUR 180,000.00"));

        PortfolioJson portfolio = new PortfolioApi(fay).getPortfolio(year, null, null);
        assertThat(portfolio.getAllocatedTotal()).isEqualTo(eur("180000.00"));
        assertThat(portfolio.getRemaining()).isEqualTo(eur("20000.00"));
        assertThat(portfolio.getProjects())
                .extracting(RankedJson::getId, RankedJson::getAllocated)
                .containsExactly(tuple(project, eur("180000.00")));

        // Looking back: the retrospectives write money and durations as the description says.
        assertThat(new RetrospectivesApi(fay)
                        .getProjectRetrospective(project)
                        .getCost()
                        .getApprovedBudget())
                .isEqualTo(eur("180000.00"));
        assertThat(new RetrospectivesApi(fay).getYearRetrospective(year).getBudget())
                .isEqualTo(eur("200000.00"));

        // A revoked token stops at once.
        ApiTokensApi idasTokens = new ApiTokensApi(ida);
        UUID idasToken = idasTokens.listApiTokens().get(0).getId();
        assertThat(idasTokens.revokeApiTokenWithHttpInfo(idasToken).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(GeneratedClients.problemOf(() -> new ProjectsApi(ida).getProject(project, null))
                        .getStatus())
                .isEqualTo(401);

        assertThat(clients.exchanges())
                .extracting(GeneratedClients.Exchange::status)
                .contains(200, 201, 204, 400, 401, 403, 409);
        assertThat(clients.undescribed())
                .as("statuses Accord answered that the description does not list")
                .isEmpty();
    }

    private static String issueToken(ApiClient withPassword) {
        ResponseEntity<IssuedApiToken> issued = new ApiTokensApi(withPassword)
                .issueApiTokenWithHttpInfo(new TokenRequest()
                        .name("generated client " + UUID.randomUUID())
                        .expiresInDays(1));
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return issued.getBody().getToken();
    }

    private static ChangeApproved approve(ApiClient as, UUID project, UUID change, int version) {
        return new ChangesApi(as).approveChange(project, change, new ChangeApprovalBody().version(version));
    }

    private static Money eur(String amount) {
        return new Money().amount(amount).currency("EUR");
    }
}
