package dev.accord.app.database;

import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The role that owns the history and runs the migrations on an external database (ACCORD_DB_OWNER_USER and
 * ACCORD_DB_OWNER_PASSWORD, at SPRING_DATASOURCE_URL). Without it, migrations run as the datasource user, which
 * then owns the history it appends to: nothing protects the history from Accord's own role.
 */
public final class OwnerRole {

    static final String USER = "accord.database.owner.user";
    static final String PASSWORD = "accord.database.owner.password";

    private OwnerRole() {}

    public static Optional<DatabaseAccess> configuredIn(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty(USER, "");
        if (url.isBlank() || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseAccess(url, user, environment.getProperty(PASSWORD, "")));
    }
}
