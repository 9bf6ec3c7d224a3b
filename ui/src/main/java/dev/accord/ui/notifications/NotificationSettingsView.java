package dev.accord.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.accord.domain.notification.api.ChooseEmailKinds;
import dev.accord.domain.notification.api.FindEmailKinds;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Which kinds of notification reach the signed-in person by e-mail; every kind does until they say otherwise. */
@Route(value = "notification-settings", layout = MainLayout.class)
@PageTitle("Notification settings · Accord")
@PermitAll
public class NotificationSettingsView extends VerticalLayout {

    public NotificationSettingsView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        CheckboxGroup<NotificationKind> byEmail = new CheckboxGroup<>("Send me an e-mail when");
        byEmail.setId("email-kinds");
        byEmail.setItems(NotificationKind.values());
        byEmail.setItemLabelGenerator(NotificationKind::label);
        byEmail.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        EnumSet<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        chosen.addAll(queries.query(
                        new FindEmailKinds(currentUser.actor().userId()),
                        ResponseTypes.multipleInstancesOf(NotificationKind.class))
                .join());
        byEmail.setValue(chosen);
        Button save = new Button("Save", click -> {
            if (Refusals.attempt(
                    () -> commands.sendAndWait(new ChooseEmailKinds(byEmail.getValue(), currentUser.actor())))) {
                Refusals.done("Your e-mail settings are saved");
            }
        });
        save.setId("save-email-kinds");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Notification settings"),
                new Paragraph("Everything that concerns you appears under the bell. Choose which of it also reaches "
                        + "you by e-mail, at the address of your account."),
                byEmail,
                save);
    }
}
