package dev.accord.ui.scenario;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.scenario.ScenarioChangeRequests;
import dev.accord.domain.scenario.api.ChangeOutcome;
import dev.accord.domain.scenario.api.ImpliedChange;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Turns a saved scenario into the change requests it implies: first what would be requested, then, once asked, which
 * were opened and which the ledger refused, and why. Both sides then decide each change as any other; nothing here
 * approves.
 */
class ChangeRequestsDialog extends Dialog {

    ChangeRequestsDialog(
            SavedScenario scenario,
            List<ImpliedChange> changes,
            CommandGateway commands,
            CurrentUser currentUser,
            Locale locale) {
        setHeaderTitle("Change requests from \u201c" + scenario.name() + "\u201d");
        setWidth("min(64rem, 95vw)");
        setId("scenario-change-requests");
        Button close = new Button("Close", click -> close());
        close.setId("close-change-requests");
        if (changes.isEmpty()) {
            add(new Paragraph("Every project of this scenario already has the amount it gives it: there is nothing "
                    + "to request."));
            getFooter().add(close);
            return;
        }
        add(new Paragraph("Each project whose amount differs from its budget now implies a change, requested as you. "
                + "A project under way gets a budget change; a proposal's initial budget is revised, which only its "
                + "requester may do. Finance and IT then approve or reject each as any other change."));
        Grid<ImpliedChange> implied = new Grid<>();
        implied.setId("implied-changes");
        implied.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        implied.setAllRowsVisible(true);
        implied.addColumn(ImpliedChange::title).setHeader("Project").setFlexGrow(2);
        implied.addColumn(change -> kind(change.kind())).setHeader("Change").setAutoWidth(true);
        implied.addColumn(change -> Formats.money(change.from(), locale))
                .setHeader("From")
                .setAutoWidth(true);
        implied.addColumn(change -> Formats.money(change.to(), locale))
                .setHeader("To")
                .setAutoWidth(true);
        implied.setItems(changes);
        add(implied);
        Button request = new Button("Request " + changes.size() + (changes.size() == 1 ? " change" : " changes"));
        request.setId("open-change-requests");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(click -> {
            try {
                List<ChangeOutcome> outcomes = ScenarioChangeRequests.open(
                        commands, scenario.fiscalYear(), scenario.name(), changes, currentUser.actor());
                remove(implied);
                add(outcomes(outcomes, locale));
                request.setVisible(false);
                long opened = outcomes.stream().filter(ChangeOutcome::opened).count();
                Refusals.done(opened + " of " + outcomes.size() + " change requests opened");
            } catch (NotPermittedException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        getFooter().add(close, request);
    }

    private static Grid<ChangeOutcome> outcomes(List<ChangeOutcome> outcomes, Locale locale) {
        Grid<ChangeOutcome> grid = new Grid<>();
        grid.setId("change-outcomes");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(outcome -> outcome.change().title()).setHeader("Project").setFlexGrow(2);
        grid.addColumn(outcome -> kind(outcome.change().kind()) + ": "
                        + Formats.money(outcome.change().from(), locale) + " \u2192 "
                        + Formats.money(outcome.change().to(), locale))
                .setHeader("Change")
                .setFlexGrow(2);
        grid.addColumn(outcome -> outcome.opened()
                        ? "Opened, version " + outcome.version() + ": waiting for both sides"
                        : "Refused: " + outcome.refusal())
                .setHeader("Outcome")
                .setFlexGrow(3);
        grid.setItems(outcomes);
        return grid;
    }

    private static String kind(ChangeKind kind) {
        return kind == ChangeKind.INITIAL_BUDGET ? "Initial budget revised" : "Budget change";
    }
}
