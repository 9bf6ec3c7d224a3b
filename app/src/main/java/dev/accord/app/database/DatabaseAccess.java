package dev.accord.app.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How Accord reaches its database: where, as whom, with which password. */
public record DatabaseAccess(String jdbcUrl, String username, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    @Override
    public String toString() {
        return "DatabaseAccess[" + jdbcUrl + " as " + username + "]"; // never the password
    }
}
