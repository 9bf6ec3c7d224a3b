package dev.accord.app.detail;

import dev.accord.domain.shared.Actor;

/** How the detail tables store an actor's side: its name, or null for someone of neither side. */
final class Sides {

    private Sides() {}

    static String of(Actor actor) {
        return actor.side() == null ? null : actor.side().name();
    }
}
