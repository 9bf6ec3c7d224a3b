package dev.accord.domain.shared;

import java.util.Locale;

/**
 * How the domain's constants read to people: "INITIAL_BUDGET" is "Initial budget". The screens, the retrospective's
 * subjects and its exports all name states, kinds and outcomes this one way.
 */
public final class Words {

    private Words() {}

    /** "PROPOSED" → "Proposed", "INITIAL_BUDGET" → "Initial budget", "TOOK_EFFECT" → "Took effect". */
    public static String of(Enum<?> constant) {
        String text = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
