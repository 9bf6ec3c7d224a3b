package dev.accord.app.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Connections of Accord's own, outside the pool, to the pool's database as the pool's role: for sessions that wait
 * (listening for notifications, holding a lock for a rebuild's whole run). Waiting on a pooled connection would take
 * it from the commands and projections for as long as the wait lasts.
 */
@Component
public class DirectConnections {

    private final String url;
    private final Properties properties = new Properties();

    DirectConnections(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        this.url = pool.getJdbcUrl();
        if (url == null) {
            throw new IllegalStateException("Accord's database needs a JDBC URL (spring.datasource.url) for the"
                    + " connections that listen for other nodes' notifications");
        }
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        // A connection that waits for hours must notice a peer that is gone (a failover, a dropped route).
        properties.setProperty("tcpKeepAlive", "true");
    }

    /** A new connection, named for what it is for in pg_stat_activity. */
    public Connection open(String purpose) throws SQLException {
        Properties named = new Properties();
        named.putAll(properties);
        named.setProperty("ApplicationName", "accord " + purpose);
        Connection connection = DriverManager.getConnection(url, named);
        connection.setAutoCommit(true);
        return connection;
    }
}
