package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingFactor;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.ui.approvals.ApprovalsView;
import dev.accord.ui.portfolio.PortfolioView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The portfolio page shows what each score is made of and says which projects are not yet assessed; weights proposed
 * there by one side apply once a Finance and an IT member other than the proposer approved them, from the approvals
 * inbox or on the portfolio page.
 */
@AccordIntegrationTest
class RankingWeightsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void weightsProposedOnThePortfolioPageApplyOnceBothSidesApproveThem() {
        Api api = new Api(http, json);
        int year = FiscalYears.unused();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String assessed = "Assessed kiosk " + suffix;
        String unassessed = "Unassessed kiosk " + suffix;
        String assessedId = api.propose("ida", assessed, "50000.00", year).text("id");
        api.propose("ida", unassessed, "50000.00", year);
        for (String side : List.of("fay", "ivo")) {
            assertThat(api.as(side)
                            .post("/api/projects/" + assessedId + "/assessments", ANSWERS)
                            .status())
                    .isEqualTo(201);
        }

        open("ivo", year);
        awaitRows(2);
        assertThat(scoreParts(unassessed)).isEqualTo("no ROI case yet \u00b7 not yet assessed");
        assertThat(scoreParts(assessed))
                .as("no ROI case: nothing to rank by until the questions count")
                .isEqualTo("no ROI case yet");
        assertThat(text("ranking-weights"))
                .isEqualTo("Ranked by ROI 100 (the default until Finance and IT set weights)");

        _click(button("propose-ranking-weights"));
        weight(RankingFactor.ROI, RankingWeights.MAX_WEIGHT + 1);
        _click(button("ranking-weights-submit"));
        assertThat(weightField(RankingFactor.ROI).isInvalid()).isTrue();
        assertThat(weightField(RankingFactor.ROI).getErrorMessage()).isEqualTo(RankingWeights.WEIGHT_SCALE);
        weight(RankingFactor.ROI, 50);
        weight(RankingFactor.CLEAR_ROI, 50);
        assertThat(text("ranking-weights-shares")).isEqualTo("Share of the score: ROI 50 % \u00b7 Clear ROI 50 %");
        _setValue(_get(TextArea.class, spec -> spec.withId("ranking-weights-rationale")), "The money is not all");
        _click(button("ranking-weights-submit"));
        String proposal = "Ranking weights " + year + ": ROI 50 \u00b7 Clear ROI 50 (version 1)";
        awaitPendingCard(proposal);
        assertThat(_find(Button.class, spec -> spec.withText("Approve version 1")))
                .as("the proposer is not offered their own approval")
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("own-request")).getText())
                .startsWith("You requested this");

        // Finance approves from the inbox, where the year's change waits like any other; IT on the portfolio page.
        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(ApprovalsView.class);
        VerticalLayout card = inboxCard("Ranking weights " + year);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("change-figures"))
                        .getText())
                .isEqualTo(proposal);
        _click(_get(card, Button.class, spec -> spec.withText("Approve version 1")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));

        open("ida", year);
        awaitPendingCard(proposal);
        _click(_get(Button.class, spec -> spec.withText("Approve version 1")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));

        open("vic", year);
        awaitText("ranking-weights", "Ranked by ROI 50 \u00b7 Clear ROI 50, set by Finance and IT");
        awaitRows(2);
        Grid<RankedProject> ranking = ranking();
        assertThat(ranking.getGenericDataView().getItems().map(RankedProject::title))
                .as("the assessed project's clear ROI now counts")
                .containsExactly(assessed, unassessed);
        // Both sides rated the ROI 4: three quarters of the scale, half the score.
        assertThat(scoreParts(assessed)).isEqualTo("no ROI case yet \u00b7 Clear ROI 37.50");
        assertThat(scoreParts(unassessed)).isEqualTo("no ROI case yet \u00b7 not yet assessed");
        assertThat(GridKt._getFormatted(ranking, 0, "score")).isEqualTo("37.50");
        assertThat(_find(Button.class, spec -> spec.withId("propose-ranking-weights")))
                .as("a viewer proposes nothing")
                .isEmpty();
    }

    private static final String ANSWERS = """
            {"answers": [
              {"question": "CLEAR_ROI", "rating": 4, "rationale": "Measured monthly"},
              {"question": "PROCESS_DELIVERY", "rating": 3, "rationale": "Order to cash"},
              {"question": "LONG_TERM_OBJECTIVES", "rating": 3, "rationale": "Both roadmaps"},
              {"question": "COMPETITIVE_ADVANTAGE", "rating": 2, "rationale": "Faster offers"}]}""";

    private void open(String who, int year) {
        SignedInVaadin.as(who, context);
        UI.getCurrent().navigate(PortfolioView.class, year);
    }

    /** The request as the portfolio page shows it, once both the portfolio and the inbox know it. */
    private static void awaitPendingCard(String proposal) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            Div pending = _get(Div.class, spec -> spec.withId("pending-ranking-weights"));
            assertThat(_find(pending, Span.class, spec -> spec.withClasses("change-figures")))
                    .singleElement()
                    .satisfies(figures -> assertThat(figures.getText()).isEqualTo(proposal));
        });
    }

    private static VerticalLayout inboxCard(String title) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(inboxCards(title)).hasSize(1);
        });
        return inboxCards(title).get(0);
    }

    private static List<VerticalLayout> inboxCards(String title) {
        return _find(VerticalLayout.class, spec -> spec.withClasses("approval-card")).stream()
                .filter(card -> _find(card, RouterLink.class).stream().anyMatch(link -> title.equals(link.getText())))
                .toList();
    }

    private static void weight(RankingFactor factor, int value) {
        _setValue(weightField(factor), value);
    }

    private static IntegerField weightField(RankingFactor factor) {
        return _get(IntegerField.class, spec -> spec.withId("weight-" + factor.field()));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static void awaitText(String id, String start) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_find(Span.class, spec -> spec.withId(id)))
                    .singleElement()
                    .satisfies(span -> assertThat(span.getText()).startsWith(start));
        });
    }

    private static void awaitRows(int rows) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(GridKt._size(ranking())).isEqualTo(rows);
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<RankedProject> ranking() {
        return _get(Grid.class, spec -> spec.withId("ranking"));
    }

    private static String scoreParts(String title) {
        Grid<RankedProject> ranking = ranking();
        int row = IntStream.range(0, GridKt._size(ranking))
                .filter(i -> GridKt._get(ranking, i).title().equals(title))
                .findFirst()
                .orElseThrow();
        return GridKt._getFormatted(ranking, row, "score-parts");
    }
}
