package dev.accord.ui.project;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Figure;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The proposal as it was made: who sponsors the project and which department asks for it, and the processes and
 * objectives it names beside the two of the four questions they feed, with each side's latest rating of them. So
 * whoever answers or approves sees what the proposal claimed. Full on the project page; on an approval card, the
 * same facts in a few lines.
 */
public class ProposalSection extends Div {

    private final boolean compact;

    private ProposalSection(boolean compact) {
        this.compact = compact;
        addClassName("proposal-section");
    }

    /** The section of the project page, its parts with ids ("project-sponsor", "project-processes", ...). */
    public static ProposalSection onProjectPage() {
        ProposalSection section = new ProposalSection(false);
        section.setId("proposal-section");
        section.setWidthFull();
        return section;
    }

    /** A few lines for an approval card, one of many on the page: its parts are marked by class, not id. */
    public static ProposalSection onCard() {
        ProposalSection section = new ProposalSection(true);
        section.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return section;
    }

    public void show(ProjectDetail project) {
        removeAll();
        String sponsor = orNotNamed(project.sponsor());
        String department = orNotNamed(project.department());
        if (compact) {
            add(line(
                    "Sponsor: " + sponsor + " \u00b7 Department: " + department + " \u00b7 Fiscal year "
                            + project.fiscalYear(),
                    "proposal-facts",
                    null));
            add(line(listed("Improves", project.processesImproved()), "proposal-processes", question(2)));
            add(line(
                    listed("Company objectives", project.companyObjectives()) + " \u00b7 "
                            + listed("IT objectives", project.itObjectives()),
                    "proposal-objectives",
                    question(3)));
            return;
        }
        FlexLayout who = new FlexLayout(
                new Figure("Sponsor", sponsor, "project-sponsor"),
                new Figure("Requesting department", department, "project-department"));
        who.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        who.getStyle().set("gap", "var(--lumo-space-xl)");
        add(new H3("Proposal"), who);
        add(fed(
                AssessmentQuestion.PROCESS_DELIVERY,
                project,
                item("Processes it improves", project.processesImproved(), "project-processes")));
        add(fed(
                AssessmentQuestion.LONG_TERM_OBJECTIVES,
                project,
                item("Company objectives", project.companyObjectives(), "project-company-objectives"),
                item("IT objectives", project.itObjectives(), "project-it-objectives")));
    }

    /** One of the four questions, what the proposal says to it, and how each side rated it last. */
    private static Div fed(AssessmentQuestion question, ProjectDetail project, Div... said) {
        Span asked = new Span(question.text());
        asked.getStyle().set("font-weight", "600");
        Span ratings = new Span(ratings(question, project.assessment()));
        ratings.addClassName("proposal-ratings");
        ratings.getStyle().set("margin-left", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        Div block = new Div(new Div(asked, ratings));
        block.add(said);
        block.getStyle().set("margin-top", "var(--lumo-space-m)");
        return block;
    }

    private static String ratings(AssessmentQuestion question, List<AssessmentAnswerRow> answers) {
        Optional<AssessmentAnswerRow> finance = latest(question, Side.FINANCE, answers);
        Optional<AssessmentAnswerRow> it = latest(question, Side.IT, answers);
        if (finance.isEmpty() && it.isEmpty()) {
            return "not yet rated";
        }
        return rating(Side.FINANCE, finance) + " \u00b7 " + rating(Side.IT, it);
    }

    private static Optional<AssessmentAnswerRow> latest(
            AssessmentQuestion question, Side side, List<AssessmentAnswerRow> answers) {
        return answers.stream()
                .filter(answer -> answer.question() == question && answer.side() == side)
                .max(Comparator.comparingInt(AssessmentAnswerRow::round));
    }

    private static String rating(Side side, Optional<AssessmentAnswerRow> answer) {
        return side.label() + " " + answer.map(a -> a.rating() + " of 5").orElse("\u2013");
    }

    private static Div item(String caption, List<String> items, String id) {
        Span label = new Span(caption + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(items.isEmpty() ? "none named" : String.join(", ", items));
        text.setId(id);
        return new Div(label, text);
    }

    private static Div line(String text, String className, String title) {
        Div line = new Div(text);
        line.addClassName(className);
        if (title != null) {
            line.getElement().setAttribute("title", title);
        }
        return line;
    }

    private static String listed(String caption, List<String> items) {
        return caption + ": " + (items.isEmpty() ? "none named" : String.join(", ", items));
    }

    /** The question a line of the card feeds, as its tooltip. */
    private static String question(int number) {
        return "Question " + number + ": " + AssessmentQuestion.values()[number - 1].text();
    }

    private static String orNotNamed(String text) {
        return text == null || text.isBlank() ? "Not named" : text;
    }
}
