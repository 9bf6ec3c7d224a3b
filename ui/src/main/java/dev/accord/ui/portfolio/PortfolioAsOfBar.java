package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Chooses the moment the portfolio is shown as it stood: a recorded instant, or today. The state shown is folded from
 * the events on the server; the bar only says which moment.
 */
class PortfolioAsOfBar extends HorizontalLayout {

    private final DateTimePicker asOf = new DateTimePicker("As of (" + zone().getId() + ")");
    private final Button today = new Button("Back to today", VaadinIcon.ARROW_FORWARD.create());
    private boolean clearing;

    PortfolioAsOfBar(Consumer<Instant> showPast, Runnable showToday) {
        setId("portfolio-history-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        asOf.setId("portfolio-as-of");
        asOf.setStep(Duration.ofMinutes(1));
        asOf.setHelperText("See the year as it stood then");
        asOf.addValueChangeListener(change -> {
            if (!clearing && change.getValue() != null) {
                today.setVisible(true);
                showPast.accept(change.getValue().atZone(zone()).toInstant());
            }
        });
        today.setId("portfolio-back-to-today");
        today.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        today.setVisible(false);
        today.addClickListener(click -> {
            clearing = true;
            asOf.clear();
            clearing = false;
            today.setVisible(false);
            showToday.run();
        });
        add(asOf, today);
    }

    /** The zone the ledger's times are shown in everywhere (as on the project page's history bar). */
    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
