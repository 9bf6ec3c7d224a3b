package dev.accord.domain.project.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures checked against values computed independently of this code (by hand, closed forms, or 40-digit
 * decimal arithmetic). An empty expected cell means the figure must be absent (null).
 */
class TextbookRoiFiguresTest {

    /*
     * Worked by hand:
     *
     * A) -1000, +500, +500, +500 at 10 %
     *    NPV     = -1000 + 500/1.1 + 500/1.21 + 500/1.331
     *            = -1000 + 454.5455 + 413.2231 + 375.6574 = 243.4260 -> 243.43
     *    IRR     : 500 * (x + x^2 + x^3) = 1000 with x = 1/(1+r); x = 0.810536... -> r = 23.3752 %
     *    payback : cumulative -1000, -500, 0, +500 -> reaches 0 exactly at the end of year 2 -> 2.00
     *    ROI     : (1500 - 1000) / 1000 = 50.00 %
     *
     * B) -100, +60, +60 at 10 %
     *    NPV     = -100 + 54.5455 + 49.5868 = 4.1322 -> 4.13
     *    IRR     : 60x + 60x^2 = 100  ->  3x^2 + 3x - 5 = 0  ->  x = (sqrt(69) - 3) / 6
     *              1 + r = 1/x = (sqrt(69) + 3) / 10  ->  r = (sqrt(69) - 7) / 10 = 0.1306624 -> 13.0662 %
     *    payback : cumulative -100, -40, +20 -> 1 + 40/60 = 1.67
     *    ROI     : (120 - 100) / 100 = 20.00 %
     *
     * C) -1000, +1100 at 5 %
     *    NPV     = 1100/1.05 - 1000 = 47.619 -> 47.62;  IRR = 1100/1000 - 1 = 10.0000 % exactly
     *    payback : 1000/1100 = 0.909 -> 0.91;  ROI = 100/1000 = 10.00 %
     *
     * D) one-time 50,000, recurring 10,000, benefit 30,000, 5 years at 8 % -> net +20,000 a year
     *    annuity factor (1 - 1.08^-5) / 0.08 = 3.992710; NPV = 20,000 * 3.992710 - 50,000 = 29,854.20
     *    payback : cumulative -50k, -30k, -10k, +10k -> 2 + 10k/20k = 2.50
     *    ROI     : benefits 150,000, costs 50,000 + 5 * 10,000 = 100,000 -> 50.00 %
     */
    @ParameterizedTest(name = "[{index}] {0}/{1}/{2} over {3}y at {4}% -> NPV {5}, IRR {6}, payback {7}, ROI {8}")
    @CsvSource({
        // oneTime, recurring, benefit, years, rate%, npv,      irr%,     payback, roi%
        "1000,      0,         500,     3,     10,    243.43,    23.3752,  2.00,    50.00", // A
        "100,       0,         60,      2,     10,    4.13,      13.0662,  1.67,    20.00", // B
        "1000,      0,         1100,    1,     5,     47.62,     10.0000,  0.91,    10.00", // C
        "50000,     10000,     30000,   5,     8,     29854.20,  28.6493,  2.50,    50.00", // D
        "1000,      0,         500,     3,     0,     500.00,    23.3752,  2.00,    50.00", // at 0 % NPV is the plain
        // sum
        "250000,    15000,     75000,   10,    7,     171414.89, 20.1822,  4.17,    87.50",
        // recovers only 300 of 1000: IRR exists but is negative, never paid back
        "1000,      0,         100,     3,     10,    -751.31,   -42.4417,,         -70.00",
        // no outlay: nothing to recover, no sign change so no IRR
        "0,         200,       500,     4,     8,     993.64,    ,         0.00,    150.00",
        // no outlay but a yearly loss: must not read as paid back at once
        "0,         500,       200,     4,     8,     -993.64,   ,         ,        -60.00",
        // benefits exactly cover the running cost: the outlay is never recovered
        "1000,      500,       500,     3,     8,     -1000.00,  ,         ,        -40.00",
        // IRR of 9900 % lies beyond the 1000 % we report
        "10,        0,         1000,    1,     10,    899.09,    ,         0.01,    9900.00",
        // nothing spent, nothing gained: no ROI percentage on zero costs
        "0,         0,         0,       5,     8,     0.00,      ,         0.00,    ",
    })
    void matchesIndependentlyComputedFigures(
            BigDecimal oneTime,
            BigDecimal recurring,
            BigDecimal benefit,
            int years,
            BigDecimal ratePercent,
            BigDecimal npv,
            BigDecimal irrPercent,
            BigDecimal paybackYears,
            BigDecimal roiPercent) {
        RoiFigures figures =
                RoiCalculator.figuresFor(new CashFlowPlan(oneTime, recurring, benefit, years), ratePercent);

        // isEqualTo on BigDecimal also checks the scale, which is part of the contract.
        assertThat(figures).isEqualTo(new RoiFigures(npv, irrPercent, paybackYears, roiPercent));
    }

    @Test
    void npvOfPlainFlowsMatchesTheTextbookBeforeRounding() {
        BigDecimal npv = RoiCalculator.npv(List.of(bd("-1000"), bd("500"), bd("500"), bd("500")), bd("10"));

        // 243.4259954921111... (40-digit reference); DECIMAL64 keeps 16 significant digits.
        assertThat(npv).isCloseTo(bd("243.4259954921111"), within(bd("1e-12")));
    }

    @Test
    void roundsHalfToEvenSoRoundingHasNoUpwardBias() {
        RoiFigures figures = RoiCalculator.figuresFor(
                new CashFlowPlan(bd("0.025"), BigDecimal.ZERO, BigDecimal.ZERO, 1), BigDecimal.ZERO);

        // -0.025 rounds to the even cent -0.02; HALF_UP would give -0.03.
        assertThat(figures.npv()).isEqualTo(bd("-0.02"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
