package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCostBasis;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.NotPermittedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's comment: on a project, a change, an estimate, an ROI case, a reassessment or another comment (a reply);
 * the conversation is history. A subject the project does not have is bad input naming {@code subject.id}.
 */
class CommentsTest {

    private final ProjectFixture f = new ProjectFixture();
    private final UUID comment = UUID.randomUUID();

    @Test
    void aCommentWithoutASubjectIsOnTheProject() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(f.projectId, comment, null, " Who is the sponsor? ", FAY))
                .expectEvents(
                        new CommentAdded(f.projectId, comment, CommentSubject.project(), "Who is the sponsor?", FAY));
    }

    @Test
    void aCommentMayDiscussAnExistingChange() {
        CommentSubject initialBudget = change(f.initialChange);
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(f.projectId, comment, initialBudget, "Licences look high", IVO))
                .expectEvents(new CommentAdded(f.projectId, comment, initialBudget, "Licences look high", IVO));
    }

    @Test
    void aCommentOnAnUnknownChangeIsRefused() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(f.projectId, comment, change(UUID.randomUUID()), "Which one?", IVO))
                .expectException(RefusedInputMatcher.on("subject.id"))
                .expectNoEvents();
    }

    @Test
    void aCommentMayDiscussAnEstimateVersion() {
        CommentSubject firstEstimate = new CommentSubject(CommentSubject.Kind.ESTIMATE, "1");
        f.fixture
                .given(withEstimate())
                .when(new AddComment(f.projectId, comment, firstEstimate, "Add a contingency", FINN))
                .expectEvents(new CommentAdded(f.projectId, comment, firstEstimate, "Add a contingency", FINN));
    }

    @Test
    void aCommentOnAnEstimateNotYetSubmittedIsRefused() {
        f.fixture
                .given(withEstimate())
                .when(new AddComment(
                        f.projectId,
                        comment,
                        new CommentSubject(CommentSubject.Kind.ESTIMATE, "2"),
                        "Where is it?",
                        FINN))
                .expectException(RefusedInputMatcher.on("subject.id"))
                .expectNoEvents();
    }

    @Test
    void aCommentMayDiscussAReassessment() {
        UUID reassessment = UUID.randomUUID();
        CommentSubject subject = new CommentSubject(CommentSubject.Kind.REASSESSMENT, reassessment.toString());
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ReassessmentFellDue(
                f.projectId, reassessment, 1, ReassessmentTrigger.REQUESTED, "Vendor doubled its prices", FAY));
        f.fixture
                .given(given)
                .when(new AddComment(f.projectId, comment, subject, "We have an alternative", IDA))
                .expectEvents(new CommentAdded(f.projectId, comment, subject, "We have an alternative", IDA));
    }

    @Test
    void aReplyMayAnswerAnRoiCase() {
        CommentSubject firstCase = new CommentSubject(CommentSubject.Kind.ROI_CASE, "1");
        List<Object> given = new ArrayList<>(withEstimate());
        given.add(roiCase());
        f.fixture
                .given(given)
                .when(new AddComment(f.projectId, comment, firstCase, "Is 8 % the right rate?", IVO))
                .expectEvents(new CommentAdded(f.projectId, comment, firstCase, "Is 8 % the right rate?", IVO));
    }

    @Test
    void aReplyToAnRoiCaseNotYetRecordedIsRefused() {
        f.fixture
                .given(withEstimate())
                .when(new AddComment(
                        f.projectId, comment, new CommentSubject(CommentSubject.Kind.ROI_CASE, "1"), "Which?", IVO))
                .expectException(RefusedInputMatcher.on("subject.id"))
                .expectNoEvents();
    }

    @Test
    void aReplyMayAnswerAnotherComment() {
        UUID question = UUID.randomUUID();
        CommentSubject reply = new CommentSubject(CommentSubject.Kind.COMMENT, question.toString());
        List<Object> given = new ArrayList<>(withEstimate());
        given.add(new CommentAdded(
                f.projectId,
                question,
                new CommentSubject(CommentSubject.Kind.ESTIMATE, "1"),
                "Add a contingency",
                FINN));
        f.fixture
                .given(given)
                .when(new AddComment(f.projectId, comment, reply, "Ten per cent is in the high figure", IDA))
                .expectEvents(new CommentAdded(f.projectId, comment, reply, "Ten per cent is in the high figure", IDA));
    }

    @Test
    void aReplyToACommentOfAnotherProjectIsRefused() {
        f.fixture
                .given(withEstimate())
                .when(new AddComment(
                        f.projectId,
                        comment,
                        new CommentSubject(
                                CommentSubject.Kind.COMMENT, UUID.randomUUID().toString()),
                        "Agreed",
                        IDA))
                .expectException(RefusedInputMatcher.on("subject.id"))
                .expectNoEvents();
    }

    @Test
    void aReplyToSomethingThatIsNoIdIsRefused() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(
                        f.projectId,
                        comment,
                        new CommentSubject(CommentSubject.Kind.REASSESSMENT, "not an id"),
                        "Agreed",
                        IDA))
                .expectException(RefusedInputMatcher.on("subject.id"))
                .expectNoEvents();
    }

    @Test
    void aCommentNeedsSomeText() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(f.projectId, comment, null, "   ", FAY))
                .expectException(RefusedInputMatcher.on("text"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotComment() {
        f.fixture
                .given(f.proposal("100000"))
                .when(new AddComment(f.projectId, comment, null, "Looks good", VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    private List<Object> withEstimate() {
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
                eur("95000"),
                "Vendor quote",
                IDA));
        return given;
    }

    private RoiCaseRecorded roiCase() {
        return new RoiCaseRecorded(
                f.projectId,
                1,
                List.of(new ExpectedBenefit(BenefitCategory.COST_SAVING, "Licence cost", "-30 %", eur("40000"))),
                new BigDecimal("8"),
                new RoiCostBasis(1, eur("80000"), eur("10000"), 5),
                new RoiFigures(new BigDecimal("70000.00"), null, null, null),
                FAY);
    }

    private static CommentSubject change(UUID changeId) {
        return new CommentSubject(CommentSubject.Kind.CHANGE, changeId.toString());
    }
}
