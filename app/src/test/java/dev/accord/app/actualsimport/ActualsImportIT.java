package dev.accord.app.actualsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.ActualsLine;
import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Actuals from a spreadsheet on PostgreSQL: the preview names each row's problems and records nothing, a file with
 * one bad row records nothing at all, and a good file records every row as the importer's own actuals.
 */
@AccordIntegrationTest
class ActualsImportIT {

    private static final String LAST_MONTH =
            YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
    private static final String TWO_MONTHS_AGO =
            YearMonth.now(ZoneOffset.UTC).minusMonths(2).toString();
    private static final String NEXT_MONTH =
            YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    Api api;
    String measured;
    String measuredTitle;
    String unmeasured;
    String unmeasuredTitle;

    @BeforeEach
    void twoActiveProjectsOneWithAnRoiCase() {
        api = new Api(http, json);
        int year = FiscalYears.withoutBudget();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        measuredTitle = "Order portal " + suffix;
        measured = active(measuredTitle, year);
        api.as("ivo").post("/api/projects/" + measured + "/estimates", """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"}}""");
        assertThat(api.as("ida").post("/api/projects/" + measured + "/roi", """
                        {"benefits": [{"category": "REVENUE", "metric": "orders", "target": "+10 %",
                                       "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""").status())
                .isEqualTo(201);
        unmeasuredTitle = "Badge readers " + suffix;
        unmeasured = active(unmeasuredTitle, year);
    }

    @Test
    void thePreviewNamesEveryRowsProblemsAndRecordsNothing() {
        long before = eventsOf(measured, unmeasured);
        String csv = String.join(
                "\n",
                "Project,Month,Spend,orders",
                measuredTitle + "," + LAST_MONTH + ",1200.00,300",
                "No such project," + LAST_MONTH + ",1,",
                measured + "," + NEXT_MONTH + ",1,",
                unmeasuredTitle + "," + LAST_MONTH + ",12.345,",
                unmeasuredTitle + "," + TWO_MONTHS_AGO + ",5,10",
                measuredTitle + "," + LAST_MONTH + ",7,");

        JsonNode preview = post(
                        "/api/actuals/import/preview", "ivo", "actuals.csv", csv.getBytes(StandardCharsets.UTF_8))
                .getBody();

        assertThat(preview.get("importable").asBoolean()).isFalse();
        assertThat(preview.get("rows")).hasSize(6);
        assertThat(preview.get("rows").get(0).get("problems")).isEmpty();
        assertThat(preview.get("rows").get(0).get("projectId").asText()).isEqualTo(measured);
        assertThat(problems(preview))
                .containsExactly(
                        "3 Project: No project is titled \u201cNo such project\u201d; give its exact title or its id",
                        "4 Month: Actuals cannot be recorded for a future month",
                        "5 Spend: Amount must have at most two decimal places",
                        "6 orders: Benefits are measured against an ROI case; record one first",
                        "7 Month: Row 2 already gives " + LAST_MONTH + " of this project; keep one row per month");
        assertThat(eventsOf(measured, unmeasured)).isEqualTo(before);
    }

    @Test
    void aFileWithOneBadRowRecordsNothing() {
        long before = eventsOf(measured, unmeasured);
        String csv = String.join(
                "\n",
                "Project,Month,Spend,orders",
                measuredTitle + "," + TWO_MONTHS_AGO + ",1000.00,250",
                measuredTitle + "," + LAST_MONTH + ",2000.00,",
                unmeasuredTitle + "," + LAST_MONTH + ",-5,");

        ResponseEntity<JsonNode> refused =
                post("/api/actuals/import", "ivo", "actuals.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("field").asText()).isEqualTo("file");
        assertThat(refused.getBody().get("rows")).hasSize(1);
        assertThat(refused.getBody().get("rows").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(refused.getBody().get("rows").get(0).get("column").asText()).isEqualTo("Spend");
        assertThat(eventsOf(measured, unmeasured)).isEqualTo(before);
        assertThat(api.as("vic").get("/api/projects/" + measured).body().get("actuals"))
                .isEmpty();
    }

    /**
     * The import itself, without the check before it (as when someone records a month between the check and the
     * import): a line the project refuses halfway leaves the lines before it unrecorded too.
     */
    @Test
    void aLineRefusedHalfwayUndoesTheLinesBeforeIt() {
        long before = eventsOf(measured, unmeasured);
        UUID first = UUID.fromString(measured);
        UUID second = UUID.fromString(unmeasured);
        List<ActualsLine> lines = List.of(
                new ActualsLine(2, first, YearMonth.parse(TWO_MONTHS_AGO), eur("1000.00"), List.of()),
                new ActualsLine(3, second, YearMonth.parse(LAST_MONTH), eur("10.00"), List.of()),
                new ActualsLine(
                        4,
                        second,
                        YearMonth.parse(TWO_MONTHS_AGO),
                        eur("5.00"),
                        List.of(new RealisedBenefit("orders", eur("1.00")))));

        assertThatThrownBy(() -> as("ivo", actor -> commands.sendAndWait(new ImportActuals(lines, actor))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Row 4: Benefits are measured against an ROI case; record one first")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("lines[2].benefits");
        assertThat(eventsOf(measured, unmeasured)).isEqualTo(before);
    }

    @Test
    void aGoodWorkbookRecordsEveryRowAsTheImportersOwnActuals() throws IOException {
        byte[] xlsx = workbook(
                List.of("Project", "Month", "Spend", "orders"),
                List.of(measuredTitle, TWO_MONTHS_AGO, new BigDecimal("1000.00"), new BigDecimal("250")),
                List.of(measured, LAST_MONTH, new BigDecimal("2000.50"), ""),
                List.of(unmeasuredTitle, LAST_MONTH, BigDecimal.ZERO, ""));

        ResponseEntity<JsonNode> imported = post("/api/actuals/import", "ivo", "march.xlsx", xlsx);

        assertThat(imported.getStatusCode().value()).isEqualTo(200);
        assertThat(imported.getBody().get("recorded").asInt()).isEqualTo(3);
        JsonNode detail = api.as("vic").get("/api/projects/" + measured).body();
        assertThat(detail.get("actuals")).hasSize(2);
        assertThat(detail.get("actuals").get(0).get("period").asText()).isEqualTo(TWO_MONTHS_AGO);
        assertThat(detail.get("actuals").get(0).get("benefits").get("amount").asText())
                .isEqualTo("250.00");
        assertThat(detail.get("spendToDate").get("amount").asText()).isEqualTo("3000.50");
        assertThat(api.as("vic").get("/api/projects/" + unmeasured).body().get("actuals"))
                .hasSize(1);
        JsonNode timeline =
                api.as("vic").get("/api/projects/" + measured + "/timeline").body();
        assertThat(timeline.findValuesAsText("summary"))
                .anyMatch(summary -> summary.startsWith("Ivo Novak (IT) recorded actuals for " + LAST_MONTH));
    }

    @Test
    void viewersMayNotImportAndTheTemplateListsProjectsUnderWay() {
        String csv = "Project,Month,Spend\n" + measuredTitle + "," + LAST_MONTH + ",1\n";
        ResponseEntity<JsonNode> viewer =
                post("/api/actuals/import", "vic", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(viewer.getStatusCode().value()).isEqualTo(400);
        assertThat(viewer.getBody().get("rows").get(0).get("message").asText())
                .isEqualTo("Only members of Finance or IT may record actuals");

        ResponseEntity<String> template =
                http.withBasicAuth("fay", "demo").getForEntity("/api/actuals/import/template.csv", String.class);
        assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("actuals-template.csv");
        assertThat(template.getBody().lines().findFirst().orElseThrow())
                .startsWith("Project,Month,Spend")
                .contains("orders");
        assertThat(template.getBody()).contains(measuredTitle + "," + LAST_MONTH);
        ResponseEntity<byte[]> workbook =
                http.withBasicAuth("fay", "demo").getForEntity("/api/actuals/import/template.xlsx", byte[].class);
        assertThat(workbook.getStatusCode().value()).isEqualTo(200);
        assertThat(workbook.getBody()).startsWith((byte) 'P', (byte) 'K');
    }

    private String active(String title, int year) {
        Api.Answer proposed = api.propose("ida", title, "100000.00", year);
        String id = proposed.text("id");
        String change = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        assertThat(api.as("ivo")
                        .post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}")
                        .text("tookEffect"))
                .isEqualTo("true");
        return id;
    }

    private long eventsOf(String... projects) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (:ids)")
                .param("ids", List.of(projects))
                .query(Long.class)
                .single();
    }

    private static List<String> problems(JsonNode answer) {
        List<String> problems = new java.util.ArrayList<>();
        answer.get("problems")
                .forEach(problem -> problems.add(
                        problem.get("row").asInt() + " " + problem.get("column").asText() + ": "
                                + problem.get("message").asText()));
        return problems;
    }

    private ResponseEntity<JsonNode> post(String path, String user, String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private void as(String username, java.util.function.Consumer<dev.accord.domain.shared.Actor> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            action.accept(((ActorPrincipal) user).actor());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    /** A workbook as a spreadsheet writes it, with number cells for the amounts. */
    static byte[] workbook(List<?>... rows) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(file, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Actuals");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                Object value = rows[r].get(c);
                if (value instanceof BigDecimal number) {
                    sheet.value(r, c, number);
                } else if (!"".equals(value)) {
                    sheet.value(r, c, String.valueOf(value));
                }
            }
        }
        workbook.finish();
        return file.toByteArray();
    }
}
