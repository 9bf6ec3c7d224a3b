package dev.accord.domain.project;

import static dev.accord.domain.project.Answers.rated;
import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;

import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's assessment: each side answers the four questions with a rating 1 to 5 and a rationale; complete when
 * both sides have; ratings two or more apart are disagreements to discuss.
 */
class AssessmentTest {

    private final ProjectFixture f = new ProjectFixture();

    @Test
    void theFirstSidesAnswersWaitForTheOtherSide() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 3, 2), IDA))
                .expectEvents(new AssessmentAnswered(f.projectId, 0, IDA.side(), rated(4, 4, 3, 2), IDA));
    }

    @Test
    void theSecondSideCompletesTheAssessmentNamingRatingsTwoOrMoreApart() {
        f.fixture
                .given(answeredBy(IDA, rated(5, 4, 3, 1)))
                .when(new AnswerAssessment(f.projectId, rated(3, 5, 3, 4), FAY))
                .expectEvents(
                        new AssessmentAnswered(f.projectId, 0, FAY.side(), rated(3, 5, 3, 4), FAY),
                        new AssessmentCompleted(
                                f.projectId,
                                0,
                                List.of(AssessmentQuestion.CLEAR_ROI, AssessmentQuestion.COMPETITIVE_ADVANTAGE),
                                FAY));
    }

    @Test
    void ratingsOneApartAreNoDisagreement() {
        f.fixture
                .given(answeredBy(FAY, rated(1, 2, 3, 4)))
                .when(new AnswerAssessment(f.projectId, rated(2, 1, 4, 5), IVO))
                .expectEvents(
                        new AssessmentAnswered(f.projectId, 0, IVO.side(), rated(2, 1, 4, 5), IVO),
                        new AssessmentCompleted(f.projectId, 0, List.of(), IVO));
    }

    @Test
    void aSideMayReplaceItsAnswersBeforeTheAssessmentIsComplete() {
        f.fixture
                .given(answeredBy(IDA, rated(5, 5, 5, 5)))
                .when(new AnswerAssessment(f.projectId, rated(3, 3, 3, 3), IVO))
                .expectEvents(new AssessmentAnswered(f.projectId, 0, IVO.side(), rated(3, 3, 3, 3), IVO));
    }

    @Test
    void answeringAfterTheAssessmentIsCompleteIsAConflict() {
        List<Object> given = new ArrayList<>(answeredBy(IDA, rated(4, 4, 4, 4)));
        given.add(new AssessmentAnswered(f.projectId, 0, FAY.side(), rated(4, 4, 4, 4), FAY));
        given.add(new AssessmentCompleted(f.projectId, 0, List.of(), FAY));
        f.fixture
                .given(given)
                .when(new AnswerAssessment(f.projectId, rated(2, 2, 2, 2), FINN))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void allFourQuestionsMustBeAnswered() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 4, 4).subList(0, 3), IDA))
                .expectException(RefusedInputMatcher.on("answers"))
                .expectNoEvents();
    }

    @Test
    void eachQuestionIsAnsweredOnce() {
        List<AssessmentAnswer> twiceTheFirst = new ArrayList<>(rated(4, 4, 4, 4).subList(0, 3));
        twiceTheFirst.add(new AssessmentAnswer(AssessmentQuestion.CLEAR_ROI, 2, "On second thoughts"));
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, twiceTheFirst, IDA))
                .expectException(RefusedInputMatcher.on("answers[3].question"))
                .expectNoEvents();
    }

    @Test
    void aRatingIsAtLeastOne() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, rated(4, 0, 4, 4), IDA))
                .expectException(RefusedInputMatcher.on("answers[1].rating"))
                .expectNoEvents();
    }

    @Test
    void aRatingIsAtMostFive() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 4, 6), IDA))
                .expectException(RefusedInputMatcher.on("answers[3].rating"))
                .expectNoEvents();
    }

    @Test
    void everyRatingNeedsARationale() {
        List<AssessmentAnswer> answers = new ArrayList<>(rated(4, 4, 4, 4));
        answers.set(2, new AssessmentAnswer(AssessmentQuestion.LONG_TERM_OBJECTIVES, 4, "  "));
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, answers, IDA))
                .expectException(RefusedInputMatcher.on("answers[2].rationale"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotAnswer() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 4, 4), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnProposalIsNotAssessed() {
        List<Object> given = new ArrayList<>(f.proposal("120000"));
        given.add(new ChangeWithdrawn(
                f.projectId, f.initialChange, ChangeKind.INITIAL_BUDGET, 1, ProjectStatus.CANCELLED, IDA));
        f.fixture
                .given(given)
                .when(new AnswerAssessment(f.projectId, rated(4, 4, 4, 4), FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    private List<Object> answeredBy(Actor actor, List<AssessmentAnswer> answers) {
        List<Object> given = new ArrayList<>(f.proposal("120000"));
        given.add(new AssessmentAnswered(f.projectId, 0, actor.side(), answers, actor));
        return given;
    }
}
