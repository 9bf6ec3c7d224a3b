package dev.accord.ui.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import dev.accord.domain.notification.api.FindMyNotifications;
import dev.accord.domain.notification.api.MarkAllNotificationsRead;
import dev.accord.domain.notification.api.MarkNotificationRead;
import dev.accord.domain.notification.api.Notification;
import dev.accord.domain.notification.api.Notifications;
import dev.accord.domain.shared.ReadModelChanged;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * The notification centre in the layout's bar: a bell with the number of unread notifications, and under it the
 * latest of them, newest first, each linking to its project and change, to be marked read one by one or all at
 * once. Whenever the notifications change, on any node, the bell reads its count again, and the list only while it
 * is open: every open page has a bell, so a list rebuilt on each change would cost every page (and every page whose
 * browser has gone and not yet timed out) fifty components per notification anyone receives.
 */
public class NotificationBell extends Div {

    /** As many as the list shows; the count covers all. */
    static final int SHOWN = 50;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover;
    private SubscriptionQueryResult<Notifications, ReadModelChanged> subscription;

    public NotificationBell(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        setId("notification-bell");
        getStyle()
                .set("position", "relative")
                .set("margin-inline-start", "auto")
                .set("margin-inline-end", "1em");
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error primary pill small");
        count.getStyle()
                .set("position", "absolute")
                .set("top", "0")
                .set("right", "0")
                .set("pointer-events", "none");
        count.setVisible(false);
        add(bell, count);

        list.setId("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow-y", "auto");
        Button markAll = new Button("Mark all read", click -> {
            if (Refusals.attempt(() -> commands.sendAndWait(new MarkAllNotificationsRead(currentUser.actor())))) {
                refresh();
            }
        });
        markAll.setId("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        H4 heading = new H4("Notifications");
        heading.getStyle().set("margin", "0");
        HorizontalLayout top = new HorizontalLayout(heading, markAll);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setWidthFull();

        popover = new Popover(top, list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("28em");
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
        bell.getElement().setAttribute("aria-label", "Notifications");
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                refresh();
            } else {
                list.removeAll();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queries.subscriptionQuery(
                query(),
                ResponseTypes.instanceOf(Notifications.class),
                ResponseTypes.instanceOf(ReadModelChanged.class));
        subscription.initialResult().subscribe(first -> ui.access(() -> show(first)), failure -> {});
        // A hint that notifications changed somewhere: read again inside the access, so the later read shows last.
        subscription.updates().subscribe(changed -> ui.access(this::refresh), failure -> {});
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** The count alone while the list is closed, the count and the latest while it is open. */
    private FindMyNotifications query() {
        return new FindMyNotifications(currentUser.actor().userId(), popover.isOpened() ? SHOWN : 0);
    }

    private void refresh() {
        show(queries.query(query(), ResponseTypes.instanceOf(Notifications.class))
                .join());
    }

    private void show(Notifications notifications) {
        count.setText(notifications.unread() > 99 ? "99+" : String.valueOf(notifications.unread()));
        count.setVisible(notifications.unread() > 0);
        bell.getElement()
                .setAttribute(
                        "aria-label",
                        notifications.unread() == 0
                                ? "Notifications"
                                : notifications.unread() + " unread notifications");
        if (!popover.isOpened()) {
            return;
        }
        list.removeAll();
        if (notifications.latest().isEmpty()) {
            list.add(new Span(
                    "Nothing yet. Changes waiting for your side and decisions on your changes appear " + "here."));
        }
        notifications.latest().forEach(notification -> list.add(new NotificationItem(notification, this::markRead)));
    }

    private void markRead(Notification notification) {
        if (Refusals.attempt(
                () -> commands.sendAndWait(new MarkNotificationRead(notification.id(), currentUser.actor())))) {
            refresh();
        }
    }
}
