package dev.accord.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.people.api.ChangeLead;
import dev.accord.domain.people.api.DisableUser;
import dev.accord.domain.people.api.EnableUser;
import dev.accord.domain.people.api.FindUsers;
import dev.accord.domain.people.api.ResetPassword;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import dev.accord.ui.base.SideBadge;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Administrators add people, reset passwords, disable accounts, keep e-mail addresses and leads; a disabled person's
 * history stays theirs. Below, who did what to whose account, from the ledger.
 * Only administrators reach this view, and the server refuses these commands to anyone else anyway.
 */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Accord")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Grid<UserSummary> grid = new Grid<>();
    private final AdministrationLog log;

    public PeopleView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        this.log = new AdministrationLog(queries);
        Button add = new Button("Add a person", VaadinIcon.PLUS.create(), click -> {
            AddPersonDialog dialog = new AddPersonDialog(commands, currentUser);
            dialog.addOpenedChangeListener(opened -> refresh());
            dialog.open();
        });
        add.setId("add-person");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("people");
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader("User name").setAutoWidth(true);
        grid.addComponentColumn(user -> new SideBadge(user.side()))
                .setHeader("Side")
                .setAutoWidth(true);
        grid.addColumn(user -> Formats.words(user.role()) + (user.lead() ? ", lead" : ""))
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader("E-mail")
                .setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? "Active" : "Disabled")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No one has an account yet.");
        add(new HorizontalLayout(new H2("People"), add), grid, new H3("Who did what"), log);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button reset = new Button("Reset password", click -> resetPassword(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = user.enabled()
                ? new Button(
                        "Disable",
                        click -> act(
                                new DisableUser(user.username(), currentUser.actor()),
                                "Disabled " + user.displayName()))
                : new Button(
                        "Enable",
                        click -> act(
                                new EnableUser(user.username(), currentUser.actor()), "Enabled " + user.displayName()));
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.addClassName(user.enabled() ? "disable" : "enable");
        HorizontalLayout actions = new HorizontalLayout(reset, toggle);
        Button email = new Button("E-mail", click -> new EmailDialog(user, this::act, currentUser.actor()).open());
        email.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(email);
        if (user.role() == Role.MEMBER && user.side() != null) {
            Button lead = new Button(
                    user.lead() ? "No longer lead" : "Make lead",
                    click -> act(
                            new ChangeLead(user.username(), !user.lead(), currentUser.actor()),
                            (user.lead()
                                            ? "No longer lead: "
                                            : "Lead of " + user.side().label() + ": ")
                                    + user.displayName()));
            lead.addThemeVariants(ButtonVariant.LUMO_SMALL);
            lead.addClassName("lead");
            actions.add(lead);
        }
        return actions;
    }

    private void resetPassword(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.displayName());
        PasswordField password = new PasswordField("New password");
        dialog.add(password);
        Button set = new Button("Set password", click -> {
            if (act(
                    new ResetPassword(user.username(), password.getValue(), currentUser.actor()),
                    "Password reset for " + user.displayName())) {
                dialog.close();
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), set);
        dialog.open();
    }

    boolean act(Object command, String done) {
        boolean accepted = Refusals.attempt(() -> commands.sendAndWait(command));
        if (accepted) {
            Refusals.done(done);
            refresh();
        }
        return accepted;
    }

    private void refresh() {
        grid.setItems(queries.query(new FindUsers(true), ResponseTypes.multipleInstancesOf(UserSummary.class))
                .join());
        log.refresh();
    }
}
