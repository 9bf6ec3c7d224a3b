package dev.accord.ui.project;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.project.api.AssessmentAnswerView;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RoiCaseView;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.Formats;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a project stands: status, money, ROI figures and the assessment, at a glance. */
class ProjectHeader extends VerticalLayout {

    private final H2 title = new H2();
    private final Span status = new Span();
    private final FlexLayout figures = new FlexLayout();

    ProjectHeader() {
        setPadding(false);
        status.setId("project-status");
        status.getElement().getThemeList().add("badge");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        add(title, status, figures);
    }

    void show(ProjectDetail project, Locale locale) {
        title.setText(project.title());
        status.setText(Formats.words(project.status()));
        figures.removeAll();
        figures.add(
                figure("Approved budget", Formats.money(project.approvedBudget(), locale), "approved-budget"),
                figure("Requested", Formats.money(project.requestedBudget(), locale), "requested-budget"),
                figure("Spent to date", Formats.money(project.spendToDate(), locale), "spend-to-date"),
                figure("Fiscal year", String.valueOf(project.fiscalYear()), "fiscal-year"));
        RoiCaseView roi = project.roiCase();
        if (roi != null) {
            figures.add(figure("NPV", Formats.money(new dev.accord.domain.shared.Money(roi.figures().npv(),
                            project.requestedBudget().currency()), locale), "npv"),
                    figure("IRR", Formats.percent(roi.figures().irrPercent(), locale), "irr"),
                    figure("ROI", Formats.percent(roi.figures().roiPercent(), locale), "roi"),
                    figure("Payback", roi.figures().paybackYears() == null ? "beyond the horizon"
                            : roi.figures().paybackYears().stripTrailingZeros().toPlainString() + " years", "payback"));
        }
        figures.add(figure("Assessment", assessment(project), "assessment"));
        if (project.openReassessmentId() != null) {
            figures.add(figure("Reassessment due", project.openReassessmentReason(), "reassessment"));
        }
    }

    private static String assessment(ProjectDetail project) {
        Set<Side> answered = project.assessment().stream().filter(answer -> answer.round() == 0)
                .map(AssessmentAnswerView::side).collect(Collectors.toSet());
        if (answered.isEmpty()) {
            return "Not yet answered";
        }
        if (answered.size() < 2) {
            return "Answered by " + answered.iterator().next().label() + " only";
        }
        return "Complete";
    }

    private static Div figure(String label, String value, String id) {
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Div figure = new Div(caption, new Div(number));
        return figure;
    }
}
