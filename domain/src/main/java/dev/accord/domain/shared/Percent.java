package dev.accord.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as the ledger reports it: spend of a budget, realised of expected benefits. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** {@code part} of {@code whole} in percent with one decimal; null when there is no whole to relate to. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
