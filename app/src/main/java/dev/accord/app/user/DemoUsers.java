package dev.accord.app.user;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * In demo mode, five people to try Accord with, all with the password "demo". Created once every bean is ready
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
        accounts.addIfAbsent("ida", "Ida Berg", Side.IT, Role.MEMBER, PASSWORD, "demo");
        accounts.addIfAbsent("ivo", "Ivo Novak", Side.IT, Role.MEMBER, PASSWORD, "demo");
        accounts.addIfAbsent("fay", "Fay Lund", Side.FINANCE, Role.MEMBER, PASSWORD, "demo");
        accounts.addIfAbsent("finn", "Finn Moller", Side.FINANCE, Role.MEMBER, PASSWORD, "demo");
        accounts.addIfAbsent("vic", "Vic Moss", null, Role.VIEWER, PASSWORD, "demo");
        accounts.addIfAbsent("ada", "Ada Quist", null, Role.ADMIN, PASSWORD, "demo");
        log.info(
                "Demo mode: sign in as ida or ivo (IT), fay or finn (Finance), vic (viewer) or ada (administrator), "
                        + "password \"{}\"",
                PASSWORD);
    }
}
