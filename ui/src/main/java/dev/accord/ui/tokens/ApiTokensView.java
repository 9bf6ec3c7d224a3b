package dev.accord.ui.tokens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.shared.Texts;
import dev.accord.domain.tokens.api.ApiTokenSummary;
import dev.accord.domain.tokens.api.FindApiTokens;
import dev.accord.domain.tokens.api.IssueApiToken;
import dev.accord.domain.tokens.api.IssuedApiToken;
import dev.accord.domain.tokens.api.RevokeApiToken;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A person's own tokens for scripts: issue one (its secret is shown here once, never again), see which still
 * work and when each was last used, revoke one.
 */
@Route(value = "tokens", layout = MainLayout.class)
@PageTitle("API tokens · Accord")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private static final int DEFAULT_DAYS = 90;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final IntegerField days = new IntegerField("Valid for (days)");
    private final VerticalLayout secret = new VerticalLayout();

    public ApiTokensView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        add(
                new H2("API tokens"),
                new Paragraph("Scripts send a token as \u201cAuthorization: Bearer <token>\u201d instead of your "
                        + "password. A token acts as you, with your role and side as they are when it is used."),
                issueForm(),
                secret,
                configureGrid());
        secret.setPadding(false);
        secret.setVisible(false);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout issueForm() {
        name.setId("token-name");
        name.setMaxLength(Texts.LINE_MAX_LENGTH);
        name.setPlaceholder("nightly export");
        days.setId("token-days");
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        Button issue = new Button("Issue token", VaadinIcon.KEY.create(), click -> issue());
        issue.setId("issue-token");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, days, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Grid<ApiTokenSummary> configureGrid() {
        grid.setId("tokens");
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(token -> when(token.createdAt())).setHeader("Issued").setAutoWidth(true);
        grid.addColumn(token -> when(token.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "Never" : when(token.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setHeader("")
                .setAutoWidth(true);
        grid.setEmptyStateText("You have no working tokens.");
        return grid;
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button("Revoke", click -> {
            if (Refusals.attempt(() -> commands.sendAndWait(new RevokeApiToken(token.id(), currentUser.actor())))) {
                Refusals.done("Revoked " + token.name());
                refresh();
            }
        });
        revoke.addClassName("revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void issue() {
        AtomicReference<IssuedApiToken> issued = new AtomicReference<>();
        if (Refusals.attempt(() -> issued.set(
                commands.sendAndWait(new IssueApiToken(name.getValue(), days.getValue(), currentUser.actor()))))) {
            showOnce(issued.get());
            name.clear();
            refresh();
        }
    }

    private void showOnce(IssuedApiToken token) {
        TextField value = new TextField("Your new token");
        value.setId("new-token");
        value.setValue(token.token());
        value.setReadOnly(true);
        value.setWidthFull();
        value.addFocusListener(focused -> value.getElement().executeJs("this.inputElement.select()"));
        secret.removeAll();
        secret.add(
                value,
                new Paragraph("Copy it now (select it, then Ctrl+C or \u2318C): Accord keeps only a hash and cannot "
                        + "show it again. It expires " + when(token.expiresAt()) + "."));
        secret.setVisible(true);
    }

    private String when(Instant instant) {
        return Formats.instant(instant, getLocale());
    }

    private void refresh() {
        grid.setItems(queries.query(
                        new FindApiTokens(currentUser.actor().userId()),
                        ResponseTypes.multipleInstancesOf(ApiTokenSummary.class))
                .join());
    }
}
