package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Administrator;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every view, and the dialogs and popovers that matter, checked by axe-core against WCAG 2.1 A and AA
 * ({@link Axe}): a serious or critical violation fails, naming the rule, its impact and the elements. The views are
 * the one list {@link #VISITS}: a new route or dialog is one more line there.
 */
@AccordIntegrationTest
class AccessibilityBrowserIT {

    /** The demo project with actuals, so its page shows the plan-against-actual chart. */
    private static final String DEMO_PROJECT = "Data-warehouse migration";

    private static final String DIALOG = "vaadin-dialog-overlay[opened]";

    /** One page, dialog or popover to check: who looks (null: nobody signed in) and how they get there. */
    record Visit(String name, String user, Steps steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Brings a signed-in browser to what is checked and waits until it has shown. */
    @FunctionalInterface
    interface Steps {
        void take(Browser browser, AccessibilityBrowserIT test) throws Exception;
    }

    static final List<Visit> VISITS = List.of(
            new Visit("Sign-in page", null, (b, t) -> b.waitFor(By.cssSelector("input[name=username]"))),
            new Visit("Choosing one's own password", null, (b, t) -> t.signInAsNewcomer(b)),
            new Visit("Projects", "ida", (b, t) -> t.page(b, "/", By.id("projects"))),
            new Visit("Propose a project (dialog)", "ida", (b, t) -> {
                t.page(b, "/", By.id("propose-project"));
                t.dialog(b, "propose-project", "proposal-title");
            }),
            new Visit("Project page with its chart and table", "finn", (b, t) -> t.demoProject(b)),
            new Visit("Project page in the past (history bar)", "finn", (b, t) -> {
                t.demoProject(b);
                b.clickFirst(By.id("replay-back"));
                b.waitFor(By.id("as-of-banner"));
            }),
            new Visit("Decision context (dialog)", "finn", (b, t) -> t.timelineDialog(b, "decision-context")),
            new Visit("Proof of a step (dialog)", "finn", (b, t) -> t.timelineDialog(b, "timeline-proof")),
            new Visit("Request a change (dialog)", "ida", (b, t) -> t.projectDialog(b, "request-change")),
            new Visit("Estimate (dialog)", "ida", (b, t) -> t.projectDialog(b, "record-estimate")),
            new Visit("ROI case (dialog)", "ida", (b, t) -> t.projectDialog(b, "record-roi")),
            new Visit("The four questions (dialog)", "ida", (b, t) -> t.projectDialog(b, "record-assessment")),
            new Visit("Actuals (dialog)", "ida", (b, t) -> t.projectDialog(b, "record-actuals")),
            new Visit("Review policy (dialog)", "ida", (b, t) -> t.projectDialog(b, "review-policy")),
            new Visit("Call a reassessment (dialog)", "ida", (b, t) -> t.projectDialog(b, "call-reassessment")),
            new Visit("Reply to a step (dialog)", "ida", (b, t) -> t.timelineDialog(b, "timeline-reply-button")),
            new Visit("Project retrospective", "finn", (b, t) -> {
                t.demoProject(b);
                b.followLink("Retrospective report");
                t.chartTable(b, "retrospective-chart");
            }),
            new Visit("Portfolio with its chart and table", "finn", (b, t) -> {
                t.yearOnPortfolio(b);
                t.chartTable(b, "budget-against-spend");
            }),
            new Visit("Request the year's budget (dialog)", "fay", (b, t) -> {
                t.yearOnPortfolio(b);
                t.dialog(b, "request-year-budget", "year-budget-amount");
            }),
            new Visit("The year's approval rules (dialog)", "fay", (b, t) -> {
                t.yearOnPortfolio(b);
                t.dialog(b, "request-approval-rules", "add-tier");
            }),
            new Visit("Import actuals", "ivo", (b, t) -> t.page(b, "/actuals/import", By.id("actuals-upload"))),
            new Visit(
                    "What-if scenarios",
                    "finn",
                    (b, t) -> t.page(b, "/portfolio/2026/scenarios", By.cssSelector("[id^=include-]"))),
            new Visit("Ranking weights (dialog)", "finn", (b, t) -> {
                t.page(b, "/portfolio", By.id("fiscal-year"));
                b.chooseInComboBox("fiscal-year", "2026");
                b.waitForTextContaining("ranking-weights", "Ranked by");
                t.dialog(b, "propose-ranking-weights", "weight-roi");
            }),
            new Visit("Year retrospective", "finn", (b, t) -> {
                t.page(b, "/portfolio/2026/retrospective", By.id("retrospective-title"));
                t.chartTable(b, "retrospective-chart");
            }),
            new Visit("Approvals with a card to decide", "fay", (b, t) -> t.approvalCard(b)),
            new Visit("Approve (dialog)", "fay", (b, t) -> {
                String title = t.approvalCard(b);
                b.clickOnCard("approval-card", title, "approve");
                b.waitFor(By.id("approval-comment"));
            }),
            new Visit("Notification centre open", "fay", (b, t) -> {
                t.page(b, "/account", By.id("notification-bell-button"));
                b.click("notification-bell-button");
                b.waitFor(By.id("notification-list"));
            }),
            new Visit("Integrity of the history (dialog)", "fay", (b, t) -> {
                t.page(b, "/account", By.id("integrity-badge"));
                b.click("integrity-badge");
                b.waitFor(By.cssSelector(DIALOG));
            }),
            new Visit("My account", "fay", (b, t) -> t.page(b, "/account", By.id("account-email"))),
            new Visit(
                    "Notification settings",
                    "fay",
                    (b, t) -> t.page(b, "/notification-settings", By.id("email-kinds"))),
            new Visit("Delegations", "fay", (b, t) -> t.page(b, "/delegations", By.id("delegations"))),
            new Visit("API tokens", "fay", (b, t) -> t.page(b, "/tokens", By.id("tokens"))),
            new Visit("People", "ada", (b, t) -> t.page(b, "/people", By.id("people"))),
            new Visit("Add a person (dialog)", "ada", (b, t) -> {
                t.page(b, "/people", By.id("add-person"));
                t.dialog(b, "add-person", "person-username");
            }),
            new Visit("Operations", "ada", (b, t) -> t.page(b, "/operations", By.id("rebuild-read-models"))));

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    static Stream<Visit> visits() {
        return VISITS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void hasNoSeriousOrCriticalViolations(Visit visit) throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            if (visit.user() == null) {
                browser.open("/login");
            } else {
                browser.signInAs(visit.user(), "demo");
            }
            try {
                visit.steps().take(browser, this);
            } catch (Exception | AssertionError e) {
                browser.screenshot("a11y-could-not-open-" + visit.name().replaceAll("\\W+", "-"));
                throw e;
            }
            List<String> violations = Axe.seriousViolations(browser);
            if (!violations.isEmpty()) {
                browser.screenshot("a11y-" + visit.name().replaceAll("\\W+", "-"));
            }
            assertThat(violations).as(Axe.report(visit.name(), violations)).isEmpty();
        }
    }

    private void page(Browser browser, String path, By shown) {
        browser.open(path);
        browser.waitFor(By.id("signed-in-user"));
        browser.waitFor(shown);
    }

    /** The demo project, found by its title as a person would: other tests' projects may fill the list's first page. */
    private void openDemoProject(Browser browser) throws Exception {
        page(browser, "/", By.id("projects"));
        browser.type("projects-title-filter", DEMO_PROJECT);
        browser.followLink(DEMO_PROJECT);
    }

    /** The demo year 2026 on the Portfolio page, with its panels (budget, approval rules, discount rate). */
    private void yearOnPortfolio(Browser browser) throws IOException {
        page(browser, "/portfolio", By.id("fiscal-year"));
        browser.chooseInComboBox("fiscal-year", "2026");
        browser.waitForText("year-budget", "€3,500,000.00");
    }

    private void dialog(Browser browser, String opener, String fieldInside) {
        browser.click(opener);
        browser.waitFor(By.cssSelector(DIALOG));
        browser.waitFor(By.id(fieldInside));
    }

    private void projectDialog(Browser browser, String opener) throws Exception {
        openDemoProject(browser);
        browser.waitForText("approved-budget", "€520,000.00");
        browser.clickFirst(By.id(opener));
        browser.waitFor(By.cssSelector(DIALOG));
    }

    /** A dialog a timeline step's button opens (its decision context, its proof). */
    private void timelineDialog(Browser browser, String buttonClass) throws Exception {
        openDemoProject(browser);
        browser.clickFirst(By.cssSelector("vaadin-button." + buttonClass));
        browser.waitFor(By.cssSelector(DIALOG));
    }

    private void demoProject(Browser browser) throws Exception {
        openDemoProject(browser);
        browser.waitForText("approved-budget", "€520,000.00");
        chartTable(browser, "plan-versus-actual");
    }

    /** Opens a chart's table of figures, so that it is checked too (axe leaves out what is hidden). */
    private void chartTable(Browser browser, String chartId) {
        browser.clickFirst(By.cssSelector("#" + chartId + " details.chart-table summary"));
        browser.waitFor(By.cssSelector("#" + chartId + " details.chart-table table"));
    }

    /** A proposal waiting for Finance, as Fay sees it in her inbox. */
    private String approvalCard(Browser browser) {
        String title = "Accessible kiosk " + UUID.randomUUID().toString().substring(0, 6);
        new Api(http, json).propose("ida", title, "12000.00", FiscalYears.forProposalsOnly());
        page(browser, "/approvals", By.id("awaiting-my-side"));
        browser.waitForCard("approval-card", title);
        return title;
    }

    /** Someone an administrator has just added, asked to choose their own password before anything else. */
    private void signInAsNewcomer(Browser browser) {
        String username = "newcomer" + UUID.randomUUID().toString().substring(0, 6);
        new Administrator(commands, users).addsWithFirstPassword(username, "welcome-1");
        browser.signInAsToChoosePassword(username, "welcome-1");
    }
}
