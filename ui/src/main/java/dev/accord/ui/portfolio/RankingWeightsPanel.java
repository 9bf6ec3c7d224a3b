package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.ui.base.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The weights the fiscal year's projects are ranked by (ROI, NPV and the four questions), the request to change them
 * awaiting approval, and the way to propose others. Changed jointly like the year's budget: a member of either side
 * proposes, one Finance and one IT member other than the proposer approve, or one rejects with a reason.
 */
class RankingWeightsPanel extends VerticalLayout {

    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final Span inForce = new Span();
    private final Div pending = new Div();
    private final Button propose = new Button("Propose weights", VaadinIcon.PLUS.create());
    private int fiscalYear;
    private RankingWeights shown = RankingWeights.DEFAULT;

    RankingWeightsPanel(CommandGateway commands, CurrentUser currentUser) {
        this.commands = commands;
        this.currentUser = currentUser;
        setId("ranking-weights-panel");
        setPadding(false);
        setWidth(null);
        inForce.setId("ranking-weights");
        pending.setId("pending-ranking-weights");
        pending.setWidthFull();
        propose.setId("propose-ranking-weights");
        propose.addClickListener(click -> new RankingWeightsDialog(fiscalYear, shown, commands, currentUser).open());
        add(new H3("Ranking weights"), new Div(inForce), pending, propose);
    }

    /** Today: the weights in force, the request awaiting approval (as the inbox keeps it), or the way to propose. */
    void showToday(PortfolioSummary year, Optional<PendingApproval> open, Locale locale) {
        YearRankingWeights weights = showInForce(year);
        pending.removeAll();
        PendingRankingWeights requested = weights.pending();
        if (requested != null) {
            Span proposed = new Span(requested.weights().toString());
            proposed.addClassName("requested-weights");
            if (open.isPresent()) {
                pending.add(new YearChangeCard(open.get(), null, locale)
                        .withActions(open.get(), commands, currentUser, locale));
            } else {
                // The portfolio heard of the request before the inbox did: its card follows in a moment.
                pending.add(new Paragraph(new Span("Awaiting approval: "), proposed));
            }
        }
        propose.setVisible(currentUser.actsForASide() && requested == null && open.isEmpty());
    }

    /** The past: the weights the year was ranked by then, and any request awaiting approval then; nothing to do. */
    void showPast(PortfolioSummary then) {
        YearRankingWeights weights = showInForce(then);
        pending.removeAll();
        if (weights.pending() != null) {
            pending.add(
                    new Paragraph("Awaiting approval then: " + weights.pending().weights()));
        }
        propose.setVisible(false);
    }

    private YearRankingWeights showInForce(PortfolioSummary year) {
        fiscalYear = year.fiscalYear();
        YearRankingWeights weights = year.rankingWeights();
        shown = weights.inForce();
        inForce.setText("Ranked by " + weights.inForce()
                + (weights.setJointly()
                        ? ", set by Finance and IT"
                        : " (the default until Finance and IT set weights)"));
        return weights;
    }
}
