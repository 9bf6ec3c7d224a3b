package dev.accord.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The embedded default: with no spring.datasource.url, Accord runs its own PostgreSQL under accord.data-dir.
 * Given a URL (SPRING_DATASOURCE_URL), Spring Boot's ordinary data source is used and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${accord.data-dir}") Path dataDirectory) {
        return EmbeddedDatabase.startIn(dataDirectory);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("accord-embedded");
        dataSource.setMaximumPoolSize(10);
        // As for a configured database (application.properties): a batch of inserts travels as multi-row INSERTs.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
