package dev.accord.ui.base;

import com.vaadin.flow.component.html.Span;
import dev.accord.domain.shared.Side;

/** Finance and IT each have one colour, used wherever a side is shown. */
public class SideBadge extends Span {

    public SideBadge(Side side) {
        super(side == null ? "Viewer" : side.label());
        getElement().getThemeList().add("badge pill small");
        addClassName("side-badge");
        getStyle().set("color", "white").set("background-color", colour(side));
        // Its text names the side; a label on a plain span is not read by screen readers (axe: aria-prohibited-attr).
        getElement().setAttribute("title", side == null ? "Reads only" : side.label() + " side");
    }

    public static String colour(Side side) {
        if (side == null) {
            return "var(--accord-viewer, #5c6672)";
        }
        return switch (side) {
            case FINANCE -> "var(--accord-finance, #0b7a55)";
            case IT -> "var(--accord-it, #2350b8)";
        };
    }
}
