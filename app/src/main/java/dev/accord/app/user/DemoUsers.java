package dev.accord.app.user;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * In demo mode, eight people (two members and a lead on each side, a viewer and an administrator) to try Accord with, all with the password "demo". Created once every bean is ready
 * and before the web server takes its first request (Spring starts the server's connector only after this), so
 * the login page never refuses a demo password for an account that is about to exist. An ApplicationRunner would
 * run only after the server is open.
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo";

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        person("ida", "Ida Berg", Side.IT, Role.MEMBER, false);
        person("ivo", "Ivo Novak", Side.IT, Role.MEMBER, false);
        person("ines", "Ines Roth", Side.IT, Role.MEMBER, true);
        person("fay", "Fay Lund", Side.FINANCE, Role.MEMBER, false);
        person("finn", "Finn Moller", Side.FINANCE, Role.MEMBER, false);
        person("carla", "Carla Falk", Side.FINANCE, Role.MEMBER, true);
        person("vic", "Vic Moss", null, Role.VIEWER, false);
        person("ada", "Ada Quist", null, Role.ADMIN, false);
        log.info(
                "Demo mode: sign in as ida or ivo (IT), ines (CIO), fay or finn (Finance), carla (CFO), vic (viewer) "
                        + "or ada (administrator), "
                        + "password \"{}\"",
                PASSWORD);
    }

    /** Demo people get addresses at example.com, which is reserved for examples and never delivers. */
    private void person(String username, String displayName, Side side, Role role, boolean lead) {
        accounts.addIfAbsent(
                new UserAccounts.NewAccount(username, displayName, side, role, username + "@example.com", lead),
                PASSWORD,
                "demo");
    }
}
