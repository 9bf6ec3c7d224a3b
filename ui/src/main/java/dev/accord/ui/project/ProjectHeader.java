package dev.accord.ui.project;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Figure;
import dev.accord.ui.base.Formats;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a project stands: status, money, ROI figures and the assessment, at a glance; and beneath them the proposal,
 * beside the questions it feeds.
 */
class ProjectHeader extends VerticalLayout {

    private final H2 title = new H2();
    private final Span status = new Span();
    private final FlexLayout figures = new FlexLayout();
    private final ProposalSection proposal = ProposalSection.onProjectPage();

    ProjectHeader() {
        setPadding(false);
        status.setId("project-status");
        status.getElement().getThemeList().add("badge");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        add(title, status, figures, proposal);
    }

    void show(ProjectDetail project, Locale locale) {
        title.setText(project.title());
        status.setText(Formats.words(project.status()));
        figures.removeAll();
        figures.add(
                new Figure("Approved budget", Formats.money(project.approvedBudget(), locale), "approved-budget"),
                new Figure("Requested", Formats.money(project.requestedBudget(), locale), "requested-budget"),
                new Figure("Spent to date", Formats.money(project.spendToDate(), locale), "spend-to-date"),
                new Figure("Fiscal year", String.valueOf(project.fiscalYear()), "fiscal-year"));
        RoiCaseRow roi = project.roiCase();
        if (roi != null) {
            figures.add(
                    new Figure(
                            "NPV",
                            Formats.money(
                                    new dev.accord.domain.shared.Money(
                                            roi.figures().npv(),
                                            project.requestedBudget().currency()),
                                    locale),
                            "npv"),
                    new Figure("IRR", Formats.percent(roi.figures().irrPercent(), locale), "irr"),
                    new Figure("ROI", Formats.percent(roi.figures().roiPercent(), locale), "roi"),
                    new Figure(
                            "Payback",
                            roi.figures().paybackYears() == null
                                    ? "beyond the horizon"
                                    : roi.figures()
                                                    .paybackYears()
                                                    .stripTrailingZeros()
                                                    .toPlainString() + " years",
                            "payback"));
        }
        figures.add(new Figure("Assessment", assessment(project), "assessment"));
        if (project.openReassessmentId() != null) {
            figures.add(new Figure("Reassessment due", project.openReassessmentReason(), "reassessment"));
        }
        proposal.show(project);
    }

    private static String assessment(ProjectDetail project) {
        Set<Side> answered = project.assessment().stream()
                .filter(answer -> answer.round() == 0)
                .map(AssessmentAnswerRow::side)
                .collect(Collectors.toSet());
        if (answered.isEmpty()) {
            return "Not yet answered";
        }
        if (answered.size() < 2) {
            return "Answered by " + answered.iterator().next().label() + " only";
        }
        return "Complete";
    }
}
