package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month of actuals as last recorded. */
public record ActualsRow(YearMonth period, LocalDate businessDate, Money spend, Money benefits) {}
