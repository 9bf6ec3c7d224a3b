package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The fiscal year's IT budget as Finance and IT set it together: the request awaiting approval, with who asked and
 * who approved, and the way to ask for one when none is open.
 */
class YearBudgetPanel extends VerticalLayout {

    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final Div body = new Div();
    private final Button request = new Button("Request a budget", VaadinIcon.PLUS.create());
    private PortfolioSummary year;
    private Locale locale = Locale.getDefault();

    YearBudgetPanel(CommandGateway commands, CurrentUser currentUser) {
        this.commands = commands;
        this.currentUser = currentUser;
        setId("year-budget-panel");
        setPadding(false);
        setWidth(null);
        body.setWidthFull();
        request.setId("request-year-budget");
        request.addClickListener(click -> new RequestYearBudgetDialog(year, commands, currentUser, locale).open());
        add(new H3("Year budget"), body, request);
    }

    /** Today: the open request (as the inbox keeps it) to decide, or the way to request one. */
    void showToday(PortfolioSummary year, Optional<PendingApproval> open, Locale locale) {
        this.year = year;
        this.locale = locale;
        body.removeAll();
        if (open.isPresent()) {
            body.add(new YearChangeCard(open.get(), null, locale)
                    .withActions(open.get(), commands, currentUser, locale));
        } else if (year.pendingBudget() != null) {
            // The portfolio heard of the request before the inbox did: its card follows in a moment.
            body.add(new Paragraph("A budget of " + Formats.money(year.pendingBudget(), locale) + " awaits approval."));
        } else {
            body.add(new Paragraph(
                    year.budget() == null
                            ? "No budget is set for " + year.fiscalYear() + " yet, and none awaits approval."
                            : "No new budget awaits approval."));
        }
        request.setVisible(currentUser.actsForASide() && open.isEmpty() && year.pendingBudget() == null);
    }

    /** The past: what awaited approval then, and nothing to do. */
    void showPast(PortfolioSummary then, Locale locale) {
        this.year = then;
        body.removeAll();
        body.add(new Paragraph(
                then.pendingBudget() == null
                        ? "No budget awaited approval then."
                        : "A budget of " + Formats.money(then.pendingBudget(), locale) + " awaited approval then."));
        request.setVisible(false);
    }
}
