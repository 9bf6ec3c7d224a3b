package dev.accord.app.snapshots;

import static dev.accord.domain.project.api.AssessmentQuestion.CLEAR_ROI;
import static dev.accord.domain.project.api.AssessmentQuestion.COMPETITIVE_ADVANTAGE;
import static dev.accord.domain.project.api.AssessmentQuestion.LONG_TERM_OBJECTIVES;
import static dev.accord.domain.project.api.AssessmentQuestion.PROCESS_DELIVERY;

import dev.accord.app.snapshots.Members.Outcome;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ConcludeReassessment;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project with something in every part of its state: two estimates (IT's and Finance's), an ROI case, its
 * initial budget approved, one side's assessment, a budget change revised after a Finance approval and approved by
 * Finance again, a withdrawn scope change, two months of actuals with benefits, an open reassessment with IT's view,
 * and comments; in a fiscal year whose budget and discount rate are set. Then commands whose answers depend on all of
 * it ({@link #probes()}).
 */
final class RichProject {

    /** Actuals are for past months, whatever the fiscal year. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2025, 1);

    final UUID id = UUID.randomUUID();
    final UUID initialBudget = UUID.randomUUID();
    final UUID budgetChange = UUID.randomUUID();
    final UUID scopeChange = UUID.randomUUID();
    final UUID reassessment = UUID.randomUUID();
    final UUID followUp = UUID.randomUUID();
    final UUID conclusion = UUID.randomUUID();
    final int year;
    private final Members members;

    RichProject(Members members, int year) {
        this.members = members;
        this.year = year;
    }

    /** The ids this project's commands chose, by the name every twin uses for them. */
    Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(id, "project");
        names.put(initialBudget, "initial-budget");
        names.put(budgetChange, "budget-change");
        names.put(scopeChange, "scope-change");
        names.put(reassessment, "reassessment");
        names.put(followUp, "follow-up");
        names.put(conclusion, "conclusion");
        return names;
    }

    static void openTheYear(Members members, int year) {
        UUID yearBudget = UUID.randomUUID();
        members.send("fay", a -> new SetDiscountRate(year, new BigDecimal("7.25"), a));
        members.send("fay", a -> new RequestYearBudget(year, yearBudget, eur("5000000.00"), "The year's IT budget", a));
        members.send("ivo", a -> new ApproveYearBudget(year, yearBudget, 1, "", a));
        members.send("finn", a -> new ApproveYearBudget(year, yearBudget, 1, "", a));
    }

    /** Only proposed: the project's first two events. */
    UUID proposed() {
        members.send(
                "ida",
                a -> new ProposeProject(
                        id,
                        initialBudget,
                        "Warehouse robots " + id,
                        "Pick faster",
                        "COO",
                        List.of("Picking"),
                        List.of("Margin"),
                        List.of("Automation"),
                        eur("100000.00"),
                        year,
                        a,
                        null));
        return id;
    }

    RichProject written() {
        proposed();
        members.send(
                "ivo",
                a -> new SubmitEstimate(
                        id, eur("80000.00"), eur("5000.00"), 5, eur("70000.00"), eur("95000.00"), "One integrator", a));
        members.send(
                "fay",
                a -> new SubmitEstimate(
                        id,
                        eur("85000.50"),
                        eur("6000.25"),
                        4,
                        eur("75000.00"),
                        eur("99000.99"),
                        "Finance's own view",
                        a));
        members.send(
                "ivo",
                a -> new RecordRoiCase(
                        id,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "Hours saved", "2,000 h a year", eur("30000.00")),
                                new ExpectedBenefit(BenefitCategory.REVENUE, "Orders a day", "+5 %", eur("12500.75"))),
                        a));
        members.send("fay", a -> new ApproveChange(id, initialBudget, 1, "Fine", a));
        members.send("ivo", a -> new ApproveChange(id, initialBudget, 1, "", a));
        members.send("ivo", a -> new AnswerAssessment(id, answers(5, 4, 2, 3), a));
        members.send(
                "ida",
                a -> new RequestChange(
                        id,
                        budgetChange,
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("120000.00")),
                        "Sensors cost more",
                        a));
        members.send("fay", a -> new ApproveChange(id, budgetChange, 1, "", a));
        members.send(
                "ida",
                a -> new ReviseChange(id, budgetChange, ChangeTerms.budget(eur("115000.00")), "Fewer sensors", a));
        members.send("finn", a -> new ApproveChange(id, budgetChange, 2, "Better", a));
        members.send(
                "ida",
                a -> new RequestChange(
                        id,
                        scopeChange,
                        ChangeKind.SCOPE,
                        new ChangeTerms(null, "A second warehouse", null),
                        "While we are at it",
                        a));
        members.send("ida", a -> new WithdrawChange(id, scopeChange, a));
        YearMonth first = FIRST_MONTH;
        members.send(
                "ivo",
                a -> new RecordActuals(
                        id,
                        first,
                        first.atEndOfMonth(),
                        eur("30000.00"),
                        List.of(new RealisedBenefit("Hours saved", eur("2500.00"))),
                        a));
        members.send(
                "ivo",
                a -> new RecordActuals(
                        id, first.plusMonths(1), first.plusMonths(1).atEndOfMonth(), eur("45000.25"), List.of(), a));
        members.send("fay", a -> new CallReassessment(id, reassessment, "Half the budget is spent", a));
        members.send(
                "ivo",
                a -> new SubmitReassessmentView(
                        id, reassessment, "On track", answers(4, 4, 3, 3), ReassessmentOutcome.CONTINUE, a));
        members.send("fay", a -> new AddComment(id, UUID.randomUUID(), CommentSubject.project(), "Looks good", a));
        members.send(
                "ida",
                a -> new AddComment(
                        id,
                        UUID.randomUUID(),
                        new CommentSubject(CommentSubject.Kind.CHANGE, budgetChange.toString()),
                        "Revised down",
                        a));
        return this;
    }

    /** Commands whose answers depend on every part of the state above, in an order that moves it further. */
    List<Outcome> probes() {
        YearMonth second = FIRST_MONTH.plusMonths(1);
        return List.of(
                members.attempt("fay", a -> new ApproveChange(id, budgetChange, 1, "", a)),
                members.attempt("finn", a -> new ApproveChange(id, budgetChange, 2, "", a)),
                members.attempt("ida", a -> new ApproveChange(id, budgetChange, 2, "", a)),
                members.attempt(
                        "ivo",
                        a -> new SubmitReassessmentView(
                                id, reassessment, "Again", answers(1, 1, 1, 1), ReassessmentOutcome.STOP, a)),
                members.attempt("fay", a -> new AnswerAssessment(id, answers(1, 4, 5, 3), a)),
                members.attempt("fay", a -> new AnswerAssessment(id, answers(2, 2, 2, 2), a)),
                members.attempt("ivo", a -> new ApproveChange(id, budgetChange, 2, "Now", a)),
                members.attempt(
                        "ida",
                        a -> new SubmitEstimate(
                                id,
                                eur("90000.00"),
                                eur("5500.00"),
                                6,
                                eur("80000.00"),
                                eur("100000.00"),
                                "Third try",
                                a)),
                members.attempt(
                        "ivo",
                        a -> new RecordRoiCase(
                                id,
                                List.of(new ExpectedBenefit(
                                        BenefitCategory.PRODUCTIVITY, "Picks an hour", "+20 %", eur("41000.10"))),
                                a)),
                members.attempt(
                        "fay",
                        a -> new SubmitReassessmentView(
                                id, reassessment, "Costs rise", answers(2, 3, 5, 1), ReassessmentOutcome.ADJUST, a)),
                members.attempt(
                        "ivo",
                        a -> new RecordActuals(
                                id,
                                second,
                                second.plusMonths(1).atDay(3),
                                eur("50000.00"),
                                List.of(new RealisedBenefit("Hours saved", eur("1000.00"))),
                                a)),
                members.attempt(
                        "fay",
                        a -> new RequestChange(
                                id, UUID.randomUUID(), ChangeKind.RESUME, ChangeTerms.none(), "Resume", a)),
                members.attempt(
                        "ida",
                        a -> new ConcludeReassessment(
                                id,
                                reassessment,
                                conclusion,
                                ReassessmentOutcome.ADJUST,
                                followUp,
                                eur("130000.00"),
                                "Costs rise",
                                a)),
                members.attempt(
                        "ida",
                        a -> new RequestChange(
                                id,
                                UUID.randomUUID(),
                                ChangeKind.BUDGET,
                                ChangeTerms.budget(eur("140000.00")),
                                "One more",
                                a)),
                members.attempt(
                        "ivo",
                        a -> new AddComment(
                                id,
                                UUID.randomUUID(),
                                new CommentSubject(CommentSubject.Kind.ESTIMATE, "3"),
                                "The third",
                                a)),
                members.attempt(
                        "ivo",
                        a -> new AddComment(
                                id,
                                UUID.randomUUID(),
                                new CommentSubject(CommentSubject.Kind.ESTIMATE, "9"),
                                "No such estimate",
                                a)));
    }

    private static List<AssessmentAnswer> answers(int clearRoi, int delivery, int objectives, int advantage) {
        return List.of(
                new AssessmentAnswer(CLEAR_ROI, clearRoi, "Because"),
                new AssessmentAnswer(PROCESS_DELIVERY, delivery, "Because"),
                new AssessmentAnswer(LONG_TERM_OBJECTIVES, objectives, "Because"),
                new AssessmentAnswer(COMPETITIVE_ADVANTAGE, advantage, "Because"));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
