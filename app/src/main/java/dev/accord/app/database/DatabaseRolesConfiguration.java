package dev.accord.app.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Two roles on Accord's database: migrations run as the owner of the history, Accord itself as a role that may only
 * read and append to it (see {@link HistoryOwnership}). The embedded database has both; an external one has them
 * when ACCORD_DB_OWNER_USER is set, or else one role for everything.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRolesConfiguration {

    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(
            ObjectProvider<EmbeddedDatabase> embedded, Environment environment) {
        Optional<DatabaseAccess> owner = Optional.ofNullable(embedded.getIfAvailable())
                .map(EmbeddedDatabase::ownerAccess)
                .or(() -> OwnerRole.configuredIn(environment));
        return configuration -> owner.ifPresent(
                access -> configuration.dataSource(access.jdbcUrl(), access.username(), access.password()));
    }

    @Bean
    HistoryOwnershipCallback historyOwnership(DataSource dataSource) {
        return new HistoryOwnershipCallback(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT current_user")) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
