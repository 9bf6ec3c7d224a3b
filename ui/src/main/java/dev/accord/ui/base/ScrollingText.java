package dev.accord.ui.base;

import com.vaadin.flow.component.Component;

/**
 * A dialog's long text that holds no control: the dialog scrolls it, and without a tab stop a keyboard user could
 * not (axe: scrollable-region-focusable). As a named region with a tab stop, the arrow keys scroll it.
 */
public final class ScrollingText {

    private ScrollingText() {}

    public static <T extends Component> T reachableByKeyboard(T body, String name) {
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", name);
        return body;
    }
}
