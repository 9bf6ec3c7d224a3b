package dev.accord.ui.portfolio;

import com.vaadin.flow.component.html.Span;
import dev.accord.ui.base.Formats;
import java.time.Instant;
import java.util.Locale;

/** Says, unmissably, that the portfolio shown is the past, and that nothing can be done there. */
class PastBanner extends Span {

    PastBanner() {
        setId("portfolio-as-of-banner");
        setVisible(false);
        getStyle()
                .set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-weight", "600");
    }

    void show(int fiscalYear, Instant instant, Locale locale) {
        setText("The " + fiscalYear + " portfolio as it stood at " + Formats.instant(instant, locale)
                + " (recorded time). Nothing can be done in the past: back to today to act on the year.");
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
