package dev.accord.ui.base;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Stands where a view's data will appear while its first answer is on the way (views that read live data get it
 * asynchronously, after the page has shown): says in words what is loading, above a moving bar.
 */
public class Loading extends VerticalLayout {

    public Loading(String what) {
        Span text = new Span("Loading " + what + "\u2026");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("16rem");
        bar.getElement().setAttribute("aria-label", "Loading " + what);
        add(text, bar);
        setPadding(false);
        setSpacing(false);
        addClassName("loading");
    }
}
