package dev.accord.ui.delegation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.delegation.api.DelegationState;
import dev.accord.domain.delegation.api.DelegationSummary;
import dev.accord.domain.delegation.api.FindDelegations;
import dev.accord.domain.delegation.api.GrantDelegation;
import dev.accord.domain.delegation.api.RevokeDelegation;
import dev.accord.domain.people.api.FindUsers;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * "Delegate my approvals": hand my approval authority to a colleague of my side while I am away, see what I have
 * given and received with its state today, and revoke what I gave.
 */
@Route(value = "delegations", layout = MainLayout.class)
@PageTitle("Delegate my approvals · Accord")
@PermitAll
public class DelegationsView extends VerticalLayout {

    private static final int DEFAULT_DAYS = 7;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Grid<DelegationSummary> grid = new Grid<>();
    private final ComboBox<UserSummary> colleague = new ComboBox<>("Colleague");
    private final DatePicker from = new DatePicker("First day");
    private final DatePicker until = new DatePicker("Last day");

    public DelegationsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        add(
                new H2("Delegate my approvals"),
                new Paragraph("While you are away, a colleague of your side may approve or reject changes on your "
                        + "behalf, shown as theirs \u201con behalf of\u201d you. Never a change either of you "
                        + "requested; it ends on its own after its last day, and you may revoke it at any time."));
        if (currentUser.actsForASide()) {
            add(grantForm());
        } else {
            add(new Paragraph("You act for no side, so you hold no approvals to delegate."));
        }
        add(configureGrid());
        setSizeFull();
        refresh();
    }

    private HorizontalLayout grantForm() {
        Actor me = currentUser.actor();
        colleague.setId("delegate");
        colleague.setItems(
                queries
                        .query(new FindUsers(false), ResponseTypes.multipleInstancesOf(UserSummary.class))
                        .join()
                        .stream()
                        .filter(user -> user.role() == Role.MEMBER && user.side() == me.side() && user.enabled())
                        .filter(user -> !user.username().equals(me.userId()))
                        .toList());
        colleague.setItemLabelGenerator(UserSummary::displayName);
        from.setId("delegation-from");
        until.setId("delegation-until");
        from.setValue(LedgerCalendar.today());
        until.setValue(LedgerCalendar.today().plusDays(DEFAULT_DAYS - 1));
        from.setMin(LedgerCalendar.today());
        Button grant = new Button("Delegate", VaadinIcon.HANDSHAKE.create(), click -> grant());
        grant.setId("grant-delegation");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(colleague, from, until, grant);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Grid<DelegationSummary> configureGrid() {
        grid.setId("delegations");
        grid.addColumn(this::direction).setHeader("").setAutoWidth(true);
        grid.addColumn(this::other).setHeader("Colleague").setAutoWidth(true);
        grid.addColumn(DelegationSummary::from).setHeader("First day").setAutoWidth(true);
        grid.addColumn(DelegationSummary::until).setHeader("Last day").setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setHeader("")
                .setAutoWidth(true);
        grid.setEmptyStateText("You have given and received no delegations.");
        return grid;
    }

    private boolean given(DelegationSummary delegation) {
        return delegation.delegator().userId().equals(currentUser.actor().userId());
    }

    private String direction(DelegationSummary delegation) {
        return given(delegation) ? "Given to" : "Received from";
    }

    private String other(DelegationSummary delegation) {
        return (given(delegation) ? delegation.delegate() : delegation.delegator()).toString();
    }

    private Component state(DelegationSummary delegation) {
        Span state = new Span(delegation.state().label());
        state.getElement().getThemeList().add("badge");
        if (delegation.state() == DelegationState.ACTIVE) {
            state.getElement().getThemeList().add("success");
        } else if (delegation.state() != DelegationState.UPCOMING) {
            state.getElement().getThemeList().add("contrast");
        }
        state.addClassName("delegation-state");
        return state;
    }

    private Component revokeButton(DelegationSummary delegation) {
        boolean open = delegation.state() == DelegationState.ACTIVE || delegation.state() == DelegationState.UPCOMING;
        if (!given(delegation) || !open) {
            return new Span();
        }
        Button revoke = new Button("Revoke", click -> {
            if (Refusals.attempt(
                    () -> commands.sendAndWait(new RevokeDelegation(delegation.delegationId(), currentUser.actor())))) {
                Refusals.done(
                        "Revoked the delegation to " + delegation.delegate().displayName());
                refresh();
            }
        });
        revoke.addClassName("revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void grant() {
        String delegate =
                colleague.getValue() == null ? null : colleague.getValue().username();
        if (Refusals.attempt(() -> commands.sendAndWait(
                new GrantDelegation(delegate, from.getValue(), until.getValue(), currentUser.actor())))) {
            Refusals.done("Delegated to " + colleague.getValue().displayName());
            colleague.clear();
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(queries.query(
                        new FindDelegations(currentUser.actor().userId()),
                        ResponseTypes.multipleInstancesOf(DelegationSummary.class))
                .join());
    }
}
