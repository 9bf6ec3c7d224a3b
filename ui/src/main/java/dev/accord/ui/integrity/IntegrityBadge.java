package dev.accord.ui.integrity;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.accord.domain.integrity.api.FindIntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * Says in the layout whether the history on screen is the history that was signed: verified up to an event at a
 * checkpoint, being verified, or where tampering was found. Kept current by server push (the application sends the
 * status when it changes); a click opens the details and how an auditor checks them.
 */
public class IntegrityBadge extends HorizontalLayout {

    private final QueryGateway queries;
    private final Button badge = new Button();
    private final Span unprotected = new Span(VaadinIcon.WARNING.create(), new Span("History not protected"));
    private IntegrityStatus status;
    private SubscriptionQueryResult<IntegrityStatus, IntegrityStatus> subscription;

    public IntegrityBadge(QueryGateway queries) {
        this.queries = queries;
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle()
                .set("gap", "var(--lumo-space-s)")
                .set("margin-left", "auto")
                .set("margin-right", "var(--lumo-space-m)");
        badge.setId("integrity-badge");
        badge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        badge.addClickListener(click -> new IntegrityDialog(queries, status, locale()).open());
        unprotected.setId("history-not-protected");
        unprotected.getElement().getThemeList().add("badge error small");
        unprotected.getElement().setAttribute("title", IntegrityTexts.NOT_PROTECTED);
        unprotected.setVisible(false);
        add(badge, unprotected);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = queries.subscriptionQuery(
                new FindIntegrityStatus(),
                ResponseTypes.instanceOf(IntegrityStatus.class),
                ResponseTypes.instanceOf(IntegrityStatus.class));
        subscription
                .initialResult()
                .subscribe(first -> ui.access(() -> show(first)), failure -> ui.access(this::showUnknown));
        subscription.updates().subscribe(update -> ui.access(() -> show(update)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    void show(IntegrityStatus shown) {
        status = shown;
        badge.setEnabled(true);
        badge.removeThemeVariants(
                ButtonVariant.LUMO_SUCCESS,
                ButtonVariant.LUMO_ERROR,
                ButtonVariant.LUMO_CONTRAST,
                ButtonVariant.LUMO_PRIMARY);
        badge.setText(IntegrityTexts.headline(shown, locale()));
        badge.setIcon(
                switch (shown.state()) {
                    case VERIFIED -> VaadinIcon.CHECK_CIRCLE.create();
                    case RUNNING -> VaadinIcon.HOURGLASS.create();
                    case FAILED -> VaadinIcon.EXCLAMATION_CIRCLE.create();
                });
        switch (shown.state()) {
            case VERIFIED -> badge.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            case RUNNING -> badge.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            case FAILED -> badge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        }
        badge.setTooltipText(
                shown.firstFailure() == null
                        ? "How the history is proved"
                        : IntegrityTexts.failure(shown.firstFailure()));
        unprotected.setVisible(!shown.historyProtected());
    }

    /** Not a verdict: the status could not be read just now. Says nothing rather than something reassuring. */
    private void showUnknown() {
        badge.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        badge.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        badge.setIcon(VaadinIcon.QUESTION_CIRCLE.create());
        badge.setText("Integrity not known just now");
        badge.setEnabled(false);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
