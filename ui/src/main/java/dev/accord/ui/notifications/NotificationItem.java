package dev.accord.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.accord.domain.notification.api.Notification;
import dev.accord.ui.base.Formats;
import java.util.Locale;
import java.util.function.Consumer;

/** One notification in the list: its sentence linking to the project and change, when, and "Mark read". */
class NotificationItem extends Div {

    NotificationItem(Notification notification, Consumer<Notification> markRead) {
        addClassName("notification-item");
        addClassNames(LumoUtility.Padding.Vertical.SMALL);
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        getElement().setAttribute("data-read", String.valueOf(notification.read()));
        Anchor text = new Anchor(link(notification), notification.text());
        text.addClassName("notification-text");
        if (!notification.read()) {
            text.getStyle().set("font-weight", "600");
        }
        Locale locale = getLocale() == null ? Locale.getDefault() : getLocale();
        Span when = new Span(Formats.instant(notification.at(), locale));
        when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div line = new Div(when);
        if (!notification.read()) {
            Button read = new Button("Mark read", click -> markRead.accept(notification));
            read.addClassName("mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            read.getStyle().set("margin-inline-start", "1em");
            line.add(read);
        }
        add(new Div(text), line);
    }

    /** The project page (ui route projects/<id>) naming the change; the approvals inbox for a delegation. */
    static String link(Notification notification) {
        if (notification.projectId() == null) {
            return "approvals";
        }
        return "projects/" + notification.projectId()
                + (notification.changeId() == null ? "" : "?change=" + notification.changeId());
    }
}
