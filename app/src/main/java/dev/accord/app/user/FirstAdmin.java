package dev.accord.app.user;

import dev.accord.domain.people.api.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How a real organisation starts: ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD name the first administrator,
 * who then adds everyone else. Never overwrites an existing user.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(UserAccounts accounts,
               @Value("${accord.admin.user:}") String username,
               @Value("${accord.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            if (accounts.count() == 0) {
                log.warn("No users yet: set ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD to create the first "
                        + "administrator, or run with the embedded database for demo mode.");
            }
            return;
        }
        if (password.length() < 8) {
            throw new IllegalStateException("ACCORD_ADMIN_PASSWORD must have at least 8 characters");
        }
        if (accounts.addIfAbsent(username, username, null, Role.ADMIN, password, "ACCORD_ADMIN_USER")) {
            log.info("Created the first administrator '{}'", username);
        }
    }
}
