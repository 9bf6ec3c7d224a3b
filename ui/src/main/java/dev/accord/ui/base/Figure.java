package dev.accord.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline number with its caption, as the project header and the portfolio show them. */
public class Figure extends Div {

    public Figure(String caption, String value, String id) {
        Span label = new Span(caption);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        add(label, new Div(number));
    }
}
