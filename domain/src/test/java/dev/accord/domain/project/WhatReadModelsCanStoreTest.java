package dev.accord.domain.project;

import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.SetReviewPolicy;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An event is kept forever and every read model must be able to store it: values a PostgreSQL column cannot hold (a
 * NUL character, a text longer than its column, a month in year 20000) are refused before anything is recorded, and
 * the field is named.
 */
class WhatReadModelsCanStoreTest {

    private final ProjectFixture f = new ProjectFixture();

    private ProposeProject proposal(String title, String description, String sponsor, List<String> processes) {
        return new ProposeProject(
                f.projectId,
                f.initialChange,
                title,
                description,
                sponsor,
                processes,
                null,
                null,
                eur("1000"),
                2026,
                IDA,
                null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERP\u0000 upgrade", "ERP\nupgrade", "ERP\u007f", "ERP \ud800 upgrade", "ERP\u001b[31m"})
    void aTitleWithAControlOrBrokenCharacterIsRefused(String title) {
        f.fixture
                .givenNoPriorActivity()
                .when(proposal(title, "", null, null))
                .expectException(RefusedInputMatcher.on("title"))
                .expectNoEvents();
    }

    @Test
    void aDescriptionMayRunOverLinesAndHoldTabsButNoOtherControlCharacter() {
        f.fixture
                .givenNoPriorActivity()
                .when(proposal("ERP", "First line\n\tindented\r\nthird", null, null))
                .expectSuccessfulHandlerExecution();
        new ProjectFixture()
                .fixture
                .givenNoPriorActivity()
                .when(proposal("ERP", "Bell \u0007 rings", null, null))
                .expectException(RefusedInputMatcher.on("description"))
                .expectNoEvents();
    }

    @Test
    void aSponsorLongerThanItsColumnIsRefused() {
        f.fixture
                .givenNoPriorActivity()
                .when(proposal("ERP", "", "x".repeat(Texts.LINE_MAX_LENGTH + 1), null))
                .expectException(RefusedInputMatcher.on("sponsor"))
                .expectNoEvents();
    }

    @Test
    void aListItemIsOneLineAndAListHasAtMostFiftyItems() {
        f.fixture
                .givenNoPriorActivity()
                .when(proposal("ERP", "", null, List.of("order to cash", "bad\u0000item")))
                .expectException(RefusedInputMatcher.on("processesImproved[1]"))
                .expectNoEvents();
        new ProjectFixture()
                .fixture
                .givenNoPriorActivity()
                .when(proposal("ERP", "", null, Collections.nCopies(Texts.LIST_MAX_SIZE + 1, "item")))
                .expectException(RefusedInputMatcher.on("processesImproved"))
                .expectNoEvents();
    }

    @Test
    void aMonthOrDateOutsideTheLedgersYearsIsRefused() {
        f.fixture
                .given(f.active("100000"))
                .when(new RecordActuals(f.projectId, YearMonth.of(1999, 12), null, eur("10"), List.of(), IDA))
                .expectException(RefusedInputMatcher.on("period"))
                .expectNoEvents();
        ProjectFixture g = new ProjectFixture();
        g.fixture
                .given(g.active("100000"))
                .when(new RecordActuals(
                        g.projectId, YearMonth.of(2026, 1), LocalDate.of(-40000, 1, 1), eur("10"), List.of(), IDA))
                .expectException(RefusedInputMatcher.on("businessDate"))
                .expectNoEvents();
        ProjectFixture h = new ProjectFixture();
        h.fixture
                .given(h.active("100000"))
                .when(new RequestChange(
                        h.projectId,
                        UUID.randomUUID(),
                        ChangeKind.TIMELINE,
                        new ChangeTerms(null, null, LocalDate.of(275760, 9, 13)),
                        "Later",
                        IDA))
                .expectException(RefusedInputMatcher.on("targetDate"))
                .expectNoEvents();
    }

    @Test
    void aPercentageHasAtMostTwoDecimals() {
        f.fixture
                .given(f.active("100000"))
                .when(new SetReviewPolicy(
                        f.projectId,
                        UUID.randomUUID(),
                        new ReviewPolicy(6, new BigDecimal("10.001"), new BigDecimal("25")),
                        null,
                        IVO))
                .expectException(RefusedInputMatcher.on("spendOverrunPercent"))
                .expectNoEvents();
    }

    @Test
    void aCommentsSubjectIsRecordedByItsCanonicalId() {
        List<Object> given = new ArrayList<>(f.proposal("100000"));
        given.add(new EstimateSubmitted(
                f.projectId,
                1,
                IDA.side(),
                eur("80000"),
                eur("10000"),
                5,
                eur("130000.00"),
                eur("70000"),
                eur("90000"),
                "",
                IDA));
        UUID comment = UUID.randomUUID();
        f.fixture
                .given(given)
                .when(new AddComment(
                        f.projectId,
                        comment,
                        new CommentSubject(CommentSubject.Kind.ESTIMATE, "0".repeat(10_000) + "1"),
                        "Which one?",
                        FINN))
                .expectEvents(new CommentAdded(
                        f.projectId,
                        comment,
                        new CommentSubject(CommentSubject.Kind.ESTIMATE, "1"),
                        "Which one?",
                        FINN));
    }

    @Test
    void assumptionsLongerThanTheLimitAreRefused() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new SubmitEstimate(
                        f.projectId,
                        eur("1"),
                        eur("1"),
                        3,
                        eur("1"),
                        eur("5"),
                        "a".repeat(Texts.LONG_TEXT_MAX_LENGTH + 1),
                        IDA))
                .expectException(RefusedInputMatcher.on("assumptions"))
                .expectNoEvents();
    }
}
