package dev.accord.ui.scenario;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.scenario.ScenarioChangeRequests;
import dev.accord.domain.scenario.ScenarioComparer;
import dev.accord.domain.scenario.ScenarioEvaluator;
import dev.accord.domain.scenario.api.DiscardScenario;
import dev.accord.domain.scenario.api.FindScenarioBasis;
import dev.accord.domain.scenario.api.FindScenarios;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.base.Activity;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.portfolio.PortfolioView;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * What-if scenarios on a fiscal year's portfolio: build a set of its projects with adjusted amounts and see what it
 * comes to as you type, save it by name for both sides, compare two side by side, and turn one into the change
 * requests it implies. Viewers build and compare; members of Finance or IT also save. Live as others act.
 */
@Route(value = "portfolio/:fiscalYear/scenarios", layout = MainLayout.class)
@PermitAll
public class ScenariosView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final List<SubscriptionQueryResult<?, ReadModelChanged>> subscriptions = new ArrayList<>();
    private final ScenarioComparisonPanel comparison = new ScenarioComparisonPanel();
    private ScenarioBuilder builder;
    private SavedScenarios saved;
    private int fiscalYear;
    private ScenarioBasis basis;
    private List<SavedScenario> scenarios = List.of();
    private UUID[] compared;

    public ScenariosView(QueryGateway queries, CommandGateway commands, CurrentUser currentUser) {
        this.queries = queries;
        this.commands = commands;
        this.currentUser = currentUser;
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("fiscalYear").orElse("");
        try {
            fiscalYear = Integer.parseInt(parameter);
        } catch (NumberFormatException notAYear) {
            throw new NotFoundException("No fiscal year " + parameter);
        }
        if (LedgerCalendar.yearProblem(fiscalYear).isPresent()) {
            throw new NotFoundException("No fiscal year " + parameter);
        }
        Locale locale = getLocale() == null ? Locale.getDefault() : getLocale();
        builder = new ScenarioBuilder(commands, currentUser, locale, this::savedAs);
        saved = new SavedScenarios(
                locale,
                currentUser.actsForASide(),
                new SavedScenarios.Actions(
                        scenario -> builder.open(scenario), this::requestChanges, this::discard, this::compare));
        RouterLink back = new RouterLink("Back to the portfolio", PortfolioView.class);
        back.setId("back-to-portfolio");
        H2 title = new H2("What-if scenarios: fiscal year " + fiscalYear);
        title.setId("scenarios-title");
        removeAll();
        add(back, title, builder, new H3("Saved scenarios"), saved, comparison);
    }

    @Override
    public String getPageTitle() {
        return "Scenarios " + fiscalYear + " \u00b7 Accord";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        readAgain();
        // The year's scenarios and what they are weighed by, and the portfolio they rank by: either changing reads
        // both again, inside the access, so that of two updates the later read is shown last.
        subscribe(ui, new FindScenarios(fiscalYear), ResponseTypes.multipleInstancesOf(SavedScenario.class));
        subscribe(ui, new FindPortfolio(fiscalYear), ResponseTypes.instanceOf(PortfolioSummary.class));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(SubscriptionQueryResult::close);
        subscriptions.clear();
    }

    private <R> void subscribe(UI ui, Object query, ResponseType<R> initial) {
        SubscriptionQueryResult<R, ReadModelChanged> subscription =
                queries.subscriptionQuery(query, initial, ResponseTypes.instanceOf(ReadModelChanged.class));
        subscriptions.add(subscription);
        subscription
                .updates()
                .subscribe(
                        changed -> ui.access(() -> {
                            readAgain();
                            Activity.tell(changed.note(), currentUser.actor());
                        }),
                        failure -> ui.access(() -> Refusals.couldNotLoad("the " + fiscalYear + " scenarios")));
    }

    private void readAgain() {
        basis = queries.query(new FindScenarioBasis(fiscalYear), ResponseTypes.instanceOf(ScenarioBasis.class))
                .join();
        scenarios = queries.query(new FindScenarios(fiscalYear), ResponseTypes.multipleInstancesOf(SavedScenario.class))
                .join();
        builder.show(basis);
        saved.show(scenarios);
        if (compared != null) {
            find(compared[0]).ifPresent(first -> find(compared[1]).ifPresent(second -> compare(first, second)));
        }
    }

    private Optional<SavedScenario> find(UUID scenarioId) {
        return scenarios.stream().filter(s -> s.scenarioId().equals(scenarioId)).findFirst();
    }

    /** A scenario just saved is read back (the command waited for it) and stays open in the builder. */
    private void savedAs(UUID scenarioId) {
        readAgain();
        find(scenarioId).ifPresent(builder::open);
    }

    private void compare(SavedScenario first, SavedScenario second) {
        compared = new UUID[] {first.scenarioId(), second.scenarioId()};
        comparison.show(
                first,
                second,
                ScenarioComparer.compare(
                        ScenarioEvaluator.evaluate(basis, first.projects()),
                        ScenarioEvaluator.evaluate(basis, second.projects())),
                getLocale() == null ? Locale.getDefault() : getLocale());
    }

    private void requestChanges(SavedScenario scenario) {
        new ChangeRequestsDialog(
                        scenario,
                        ScenarioChangeRequests.implied(basis, ScenarioEvaluator.evaluate(basis, scenario.projects())),
                        commands,
                        currentUser,
                        getLocale() == null ? Locale.getDefault() : getLocale())
                .open();
    }

    private void discard(SavedScenario scenario) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Discard \u201c" + scenario.name() + "\u201d?");
        confirm.add("Both sides will no longer see it. Its history stays in the ledger, and its name is free again.");
        Button discard = new Button("Discard", click -> {
            if (Refusals.attempt(() -> commands.sendAndWait(
                    new DiscardScenario(fiscalYear, scenario.scenarioId(), scenario.version(), currentUser.actor())))) {
                Refusals.done("Discarded \u201c" + scenario.name() + "\u201d");
                confirm.close();
                readAgain();
            }
        });
        discard.setId("confirm-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Keep it", click -> confirm.close()), discard);
        confirm.open();
    }
}
