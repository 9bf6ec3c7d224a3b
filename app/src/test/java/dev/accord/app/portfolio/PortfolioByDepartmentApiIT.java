package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A proposal names the department that asks for it; the year's portfolio says each project's department, totals
 * what each department's projects ask for, hold and have spent, and lists one department's projects when asked.
 */
@AccordIntegrationTest
class PortfolioByDepartmentApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        year = FiscalYears.unused();
    }

    @Test
    void theYearIsReadAndTotalledByRequestingDepartment() {
        String robots = propose("Warehouse robots", "300000.00", "Logistics");
        propose("Scanners", "50000.50", " Logistics ");
        propose("Billing", "150000.00", "Finance");
        propose("Intranet", "20000.00", null);
        approve(robots);

        JsonNode portfolio = api.as("vic").get("/api/portfolio/" + year).body();

        assertThat(department(portfolio, "Warehouse robots")).isEqualTo("Logistics");
        assertThat(department(portfolio, "Scanners")).as("stripped").isEqualTo("Logistics");
        assertThat(portfolio.at("/projects").findValues("title")).hasSize(4);
        JsonNode departments = portfolio.get("departments");
        assertThat(rows(departments))
                .containsExactly(
                        "Finance | 1 | 150000.00 | 0.00 | 0.00",
                        "Logistics | 2 | 350000.50 | 300000.00 | 0.00",
                        "null | 1 | 20000.00 | 0.00 | 0.00");
        assertThat(departments.get(0).at("/requested/currency").asText()).isEqualTo("EUR");
    }

    @Test
    void oneDepartmentsProjectsKeepTheirRankInTheYear() {
        propose("Billing", "150000.00", "Finance");
        propose("Scanners", "50000.00", "Logistics");
        propose("Intranet", "20000.00", null);

        JsonNode logistics = api.as("vic")
                .get("/api/portfolio/" + year + "?department=Logistics")
                .body();
        assertThat(logistics.at("/projects").findValuesAsText("title")).containsExactly("Scanners");
        assertThat(logistics.get("departments")).as("always the whole year").hasSize(3);

        JsonNode without =
                api.as("vic").get("/api/portfolio/" + year + "?department=").body();
        assertThat(without.at("/projects").findValuesAsText("title")).containsExactly("Intranet");
    }

    @Test
    void theProjectShowsTheDepartmentWithTheRestOfItsProposal() {
        Answer proposed = api.as("ida").post("/api/projects", """
                {"title": "Data-warehouse migration", "sponsor": "CFO", "department": "Finance",
                 "processesImproved": ["monthly close"], "companyObjectives": ["faster reporting"],
                 "itObjectives": ["retire the appliance"],
                 "requestedBudget": {"amount": "420000.00", "currency": "EUR"}, "fiscalYear": %d}""".formatted(year));
        JsonNode project =
                api.as("vic").get("/api/projects/" + proposed.text("id")).body();

        assertThat(project.get("department").asText()).isEqualTo("Finance");
        assertThat(project.get("sponsor").asText()).isEqualTo("CFO");
        assertThat(project.get("processesImproved").get(0).asText()).isEqualTo("monthly close");
    }

    @Test
    void aDepartmentLongerThanALineIsRefusedNamingIt() {
        Answer refused = api.as("ida").post("/api/projects", """
                {"title": "Long department", "department": "%s",
                 "requestedBudget": {"amount": "1000.00", "currency": "EUR"}, "fiscalYear": %d}""".formatted("D".repeat(201), year));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("department");
        assertThat(api.as("vic").get("/api/portfolio/" + year).body().get("projects"))
                .isEmpty();
    }

    private String propose(String title, String amount, String department) {
        Answer proposed = api.as("ida").post("/api/projects", """
                {"title": "%s", "requestedBudget": {"amount": "%s", "currency": "EUR"}, "fiscalYear": %d,
                 "department": %s}""".formatted(
                        title, amount, year, department == null ? "null" : "\"" + department + "\""));
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.text("id") + "/changes/" + proposed.text("changeId");
    }

    private void approve(String projectAndChange) {
        api.as("fay").post("/api/projects/" + projectAndChange + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + projectAndChange + "/approvals", "{\"version\": 1}");
    }

    private static String department(JsonNode portfolio, String title) {
        for (JsonNode project : portfolio.get("projects")) {
            if (project.get("title").asText().equals(title)) {
                return project.get("department").asText();
            }
        }
        throw new AssertionError("No project " + title);
    }

    private static List<String> rows(JsonNode departments) {
        List<String> rows = new ArrayList<>();
        for (JsonNode total : departments) {
            rows.add(total.get("department").asText() + " | "
                    + total.get("projects").asInt() + " | "
                    + total.at("/requested/amount").asText() + " | "
                    + total.at("/allocated/amount").asText() + " | "
                    + total.at("/spendToDate/amount").asText());
        }
        return rows;
    }
}
