package dev.accord.app.detail;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading the ledger's value objects back from read-model rows. */
public final class Rows {

    private Rows() {}

    public static Money money(ResultSet rs, String column, String currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** An actor from the columns {@code <prefix>_id}, {@code <prefix>_name} and {@code <prefix>_side}. */
    public static Actor actor(ResultSet rs, String prefix) throws SQLException {
        String side = rs.getString(prefix + "_side");
        return new Actor(
                rs.getString(prefix + "_id"), rs.getString(prefix + "_name"), side == null ? null : Side.valueOf(side));
    }
}
