package dev.accord.domain.project;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;

/** The demo cast: two of IT, two of Finance, one viewer. */
final class People {

    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    static final Actor VIC = new Actor("vic", "Vic Moss", null);

    private People() {}
}
