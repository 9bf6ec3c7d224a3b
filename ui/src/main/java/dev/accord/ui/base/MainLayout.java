package dev.accord.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.account.MyAccountView;
import dev.accord.ui.approvals.ApprovalsView;
import dev.accord.ui.delegation.DelegationsView;
import dev.accord.ui.integrity.IntegrityBadge;
import dev.accord.ui.notifications.NotificationBell;
import dev.accord.ui.notifications.NotificationSettingsView;
import dev.accord.ui.operations.OperationsView;
import dev.accord.ui.people.PeopleView;
import dev.accord.ui.portfolio.PortfolioView;
import dev.accord.ui.project.ProjectsView;
import dev.accord.ui.tokens.ApiTokensView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The frame around every view: navigation, who is signed in with their side, and whether the history shown is the
 * history that was signed.
 */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, QueryGateway queries, CommandGateway commands) {
        H1 title = new H1("Accord");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        addToNavbar(
                new DrawerToggle(),
                title,
                new IntegrityBadge(queries),
                new NotificationBell(commands, queries, currentUser));

        SideNav navigation = new SideNav();
        navigation.addItem(
                new SideNavItem("Portfolio", PortfolioView.class, VaadinIcon.PIE_BAR_CHART.create()),
                new SideNavItem("Projects", ProjectsView.class, VaadinIcon.FOLDER_OPEN.create()),
                new SideNavItem("Approvals", ApprovalsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        if (currentUser.isAdmin()) {
            navigation.addItem(
                    new SideNavItem("People", PeopleView.class, VaadinIcon.USERS.create()),
                    new SideNavItem("Operations", OperationsView.class, VaadinIcon.COG.create()));
        }
        addToDrawer(navigation, signedIn(currentUser));
        setPrimarySection(Section.DRAWER);
    }

    private static VerticalLayout signedIn(CurrentUser currentUser) {
        Actor actor = currentUser.actor();
        Span name = new Span(actor.displayName());
        name.setId("signed-in-user");
        HorizontalLayout who = new HorizontalLayout(name, new SideBadge(actor.side()));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // Every user's own pages: their account, their delegations, their tokens, which e-mails they get.
        VerticalLayout footer = new VerticalLayout(
                who,
                ownPage("My account", VaadinIcon.USER, "my-account", MyAccountView.class),
                ownPage("Delegate my approvals", VaadinIcon.HANDSHAKE, "delegate-my-approvals", DelegationsView.class),
                ownPage("API tokens", VaadinIcon.KEY, "api-tokens", ApiTokensView.class),
                ownPage(
                        "Notification settings",
                        VaadinIcon.ENVELOPE_O,
                        "notification-settings",
                        NotificationSettingsView.class),
                signOut);
        footer.addClassNames(LumoUtility.Padding.MEDIUM);
        footer.getStyle().set("margin-top", "auto");
        return footer;
    }

    private static Button ownPage(String label, VaadinIcon icon, String id, Class<? extends Component> view) {
        Button button = new Button(
                label, icon.create(), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(view)));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
