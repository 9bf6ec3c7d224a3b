package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Money;
import java.time.YearMonth;

/** What the year's projects spent in one month, all together. */
public record MonthlySpend(YearMonth period, Money spend) {}
