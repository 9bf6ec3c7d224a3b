package dev.accord.app.user;

import dev.accord.domain.people.UserAdministration;
import dev.accord.domain.people.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How a real organisation starts: ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD name the first administrator,
 * who then adds everyone else. Never overwrites an existing user. Like {@link DemoUsers}, done before the web
 * server takes requests, so the first sign-in never races the account's creation.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;
    private final boolean demo;

    FirstAdmin(
            UserAccounts accounts,
            Environment environment,
            @Value("${accord.admin.user:}") String username,
            @Value("${accord.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.demo = DemoModeCondition.isOn(environment);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (username.isBlank()) {
            if (!demo && accounts.count() == 0) {
                log.warn("Nobody can sign in yet: start Accord once with ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD "
                        + "(8 characters or more) to create the first administrator, or with ACCORD_DEMO=true to try "
                        + "it with demo accounts and history.");
            }
            return;
        }
        if (password.length() < 8) {
            throw new IllegalStateException("ACCORD_ADMIN_PASSWORD must have at least 8 characters");
        }
        if (UserAdministration.isTooLong(password)) {
            throw new IllegalStateException("ACCORD_ADMIN_PASSWORD: " + UserAdministration.PASSWORD_TOO_LONG);
        }
        if (accounts.addIfAbsent(username, username, null, Role.ADMIN, password, "ACCORD_ADMIN_USER")) {
            log.info("Created the first administrator '{}'", username);
        }
    }
}
