package dev.accord.ui.base;

import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Words;
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

    /** "PROPOSED" → "Proposed": the domain's {@link Words}, offered beside the other formats the screens use. */
    public static String words(Enum<?> value) {
        return Words.of(value);
    }
}
