package dev.accord.ui.approvals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The cards a list shows, kept between live updates: a card is built anew only when what it shows has changed, and
 * the list is touched only when its cards are not the ones already shown. Every update reads the open changes again
 * and most concern one project, or none in this list; rebuilding every card each time would send the whole list to
 * the browser again and, for a page whose browser has gone, pile up on the server until the page is closed.
 *
 * @param <T> what one card shows; equal values show the same card
 */
final class ShownCards<T> {

    private final Div list;
    private final Function<T, Object> key;
    private Map<Object, Shown<T>> shown = Map.of();

    private record Shown<T>(T content, Component card) {}

    /** @param key what a card is about (the change), so that the card is found again when its content changes */
    ShownCards(Div list, Function<T, Object> key) {
        this.list = list;
        this.key = key;
    }

    /** Shows a card for each item in this order, or {@code empty} when there are none. */
    void show(List<T> items, Function<T, Component> card, Component empty) {
        Map<Object, Shown<T>> next = new HashMap<>();
        List<Component> cards = items.stream()
                .map(item -> {
                    Shown<T> before = shown.get(key.apply(item));
                    Shown<T> now = before != null && Objects.equals(before.content(), item)
                            ? before
                            : new Shown<>(item, card.apply(item));
                    next.put(key.apply(item), now);
                    return now.card();
                })
                .toList();
        shown = next;
        List<Component> wanted = cards.isEmpty() ? List.of(empty) : cards;
        if (!list.getChildren().toList().equals(wanted)) {
            list.removeAll();
            wanted.forEach(list::add);
        }
    }

    /** Forgets the cards, for a list that shows something else meanwhile (loading, a failure). */
    void clear() {
        shown = Map.of();
        list.removeAll();
    }
}
