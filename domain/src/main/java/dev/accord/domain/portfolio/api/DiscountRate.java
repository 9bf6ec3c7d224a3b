package dev.accord.domain.portfolio.api;

import java.math.BigDecimal;

/** The discount rate ROI cases are computed with: Finance's per fiscal year, this default until it sets one. */
public final class DiscountRate {

    public static final BigDecimal DEFAULT_PERCENT = new BigDecimal("8");

    private DiscountRate() {}
}
