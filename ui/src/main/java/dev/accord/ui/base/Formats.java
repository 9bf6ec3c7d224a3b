package dev.accord.ui.base;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money, percentages and instants as the user's locale writes them. */
public final class Formats {

    private Formats() {}

    public static String money(Money money, Locale locale) {
        if (money == null) {
            return "\u2014";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }

    public static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "\u2014";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " %";
    }

    public static String instant(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneId.systemDefault())
                        .format(instant);
    }

    /** "PROPOSED" → "Proposed", "INITIAL_BUDGET" → "Initial budget". */
    public static String words(Enum<?> value) {
        String text = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
