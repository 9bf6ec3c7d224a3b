package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.ui.base.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The fiscal year's approval rules: those in force (above which amounts a change needs more approvals, or a side's
 * lead), the request to change them awaiting approval, and the way to request new ones. Changed jointly like the
 * year's budget.
 */
class ApprovalRulesPanel extends VerticalLayout {

    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final Div inForce = new Div();
    private final Div pending = new Div();
    private final Button request = new Button("Request new rules", VaadinIcon.PLUS.create());
    private YearApprovalRules rules;
    private String currency;

    ApprovalRulesPanel(CommandGateway commands, CurrentUser currentUser) {
        this.commands = commands;
        this.currentUser = currentUser;
        setId("approval-rules-panel");
        setPadding(false);
        setWidth(null);
        inForce.setId("approval-rules-in-force");
        pending.setWidthFull();
        request.setId("request-approval-rules");
        request.addClickListener(click -> new ApprovalRulesDialog(rules, currency, commands, currentUser).open());
        add(new H3("Approval rules"), inForce, pending, request);
    }

    /** Today: the rules in force, the request awaiting approval (as the inbox keeps it), or the way to ask. */
    void showToday(YearApprovalRules rules, Optional<PendingApproval> open, String currency, Locale locale) {
        this.rules = rules;
        this.currency = currency;
        showInForce(rules);
        pending.removeAll();
        if (rules.pending() != null) {
            UnorderedList proposed = tiers(rules.pending());
            proposed.addClassName("requested-rules");
            if (open.isPresent()) {
                pending.add(new YearChangeCard(open.get(), proposed, locale)
                        .withActions(open.get(), commands, currentUser, locale));
            } else {
                // The portfolio heard of the request before the inbox did: its card follows in a moment.
                pending.add(new Paragraph("Awaiting approval:"), proposed);
            }
        }
        request.setVisible(currentUser.actsForASide() && rules.pending() == null && open.isEmpty());
    }

    /** The past: the rules as they stood then, and any request awaiting approval then; nothing to do. */
    void showPast(YearApprovalRules then) {
        this.rules = then;
        showInForce(then);
        pending.removeAll();
        if (then.pending() != null) {
            pending.add(new Paragraph("Awaiting approval then:"), tiers(then.pending()));
        }
        request.setVisible(false);
    }

    private void showInForce(YearApprovalRules rules) {
        inForce.removeAll();
        inForce.add(new Paragraph("In force:"), tiers(rules.inForce()));
    }

    /** The rules line by line: the plain four eyes up to the first tier, each tier, the year's business-case rule. */
    static UnorderedList tiers(ApprovalRules rules) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(
                rules.tiers().isEmpty()
                        ? "One approval of each side, whatever the amount"
                        : "Up to " + rules.tiers().get(0).above() + ": one approval of each side"));
        rules.tiers().forEach(tier -> list.add(new ListItem(capitalised(tier.describe()))));
        rules.describeBusinessCase().ifPresent(words -> list.add(new ListItem(capitalised(words))));
        return list;
    }

    private static String capitalised(String line) {
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
}
