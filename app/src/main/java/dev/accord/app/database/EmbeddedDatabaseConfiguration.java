package dev.accord.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no spring.datasource.url, Accord runs its own PostgreSQL under accord.data-dir.
 * Given a URL (SPRING_DATASOURCE_URL), Spring Boot's ordinary data source is used and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
public class EmbeddedDatabaseConfiguration {

    /**
     * Set only by the test suite, where thousands of commits waiting for the disk would slow every test and a lost
     * ledger costs nothing. Named so that nobody mistakes it for a product setting; the product is always durable.
     */
    static final String TEST_ONLY_UNSAFE_NO_FSYNC = "accord.embedded-database.test-only-unsafe-no-fsync";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${accord.data-dir}") Path dataDirectory,
            @Value("${" + TEST_ONLY_UNSAFE_NO_FSYNC + ":false}") boolean unsafeNoFsync) {
        return EmbeddedDatabase.startIn(
                dataDirectory, unsafeNoFsync ? Durability.TEST_ONLY_UNSAFE_NO_FSYNC : Durability.DURABLE);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        DatabaseAccess access = database.access();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(access.jdbcUrl());
        dataSource.setUsername(access.username());
        dataSource.setPassword(access.password());
        dataSource.setPoolName("accord-embedded");
        dataSource.setMaximumPoolSize(10);
        // As for a configured database (application.properties): a batch of inserts travels as multi-row INSERTs.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
