package dev.accord.app.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns the start-up failures an operator can fix into one clear sentence and what to do, instead of a
 * wall of stack traces. Registered in META-INF/spring.factories.
 */
public final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {}

    public static class DataDirectory extends AbstractFailureAnalyzer<DataDirectoryUnusableException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, DataDirectoryUnusableException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + ".",
                    "Point ACCORD_DATA_DIR (or --accord.data-dir) at a directory this user can write and that no "
                            + "other Accord is using, or give an external database with SPRING_DATASOURCE_URL.",
                    cause);
        }
    }

    /** The owner role and the role Accord runs as are not set up as Accord needs them. */
    public static class Roles extends AbstractFailureAnalyzer<RolesMisconfiguredException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, RolesMisconfiguredException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + ".",
                    "As the database's administrator, set up the two roles as README's Configuration section says "
                            + "(ACCORD_DB_OWNER_USER owns the database and may act for SPRING_DATASOURCE_USERNAME), "
                            + "then start Accord again.",
                    cause);
        }
    }

    /** The external database given by SPRING_DATASOURCE_URL cannot be reached or refuses us. */
    public static class ExternalDatabase extends AbstractFailureAnalyzer<SQLException> {

        private final Environment environment;

        public ExternalDatabase(Environment environment) {
            this.environment = environment;
        }

        @Override
        protected FailureAnalysis analyze(Throwable root, SQLException cause) {
            Throwable network = findCause(root, ConnectException.class);
            if (network == null) {
                network = findCause(root, UnknownHostException.class);
            }
            String state = cause.getSQLState() == null ? "" : cause.getSQLState();
            if (network == null && !state.startsWith("08") && !state.startsWith("28") && !state.equals("3D000")) {
                return null; // not a connection problem: let Spring Boot report it as it is
            }
            return new FailureAnalysis(
                    "Cannot connect to the PostgreSQL database at "
                            + environment.getProperty("spring.datasource.url", "the configured URL") + ": "
                            + cause.getMessage(),
                    "Check that the server runs and is reachable, and that SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right; "
                            + "or unset SPRING_DATASOURCE_URL to use the embedded database.",
                    cause);
        }
    }
}
