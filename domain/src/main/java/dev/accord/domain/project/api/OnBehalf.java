package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;

/** How a decision given on someone's behalf reads wherever it is shown. */
public final class OnBehalf {

    private OnBehalf() {}

    /** "Fay Lund", or "Fay Lund on behalf of Carla Falk (Finance lead)". */
    public static String name(Actor by, Actor onBehalfOf) {
        return onBehalfOf == null ? by.displayName() : by.displayName() + " on behalf of " + onBehalfOf;
    }

    /** "Fay Lund (Finance)", or "Fay Lund (Finance) on behalf of Carla Falk (Finance lead)". */
    public static String actor(Actor by, Actor onBehalfOf) {
        return onBehalfOf == null ? by.toString() : by + " on behalf of " + onBehalfOf;
    }
}
