package dev.accord.app.signin;

import dev.accord.app.user.SignedInUser;
import dev.accord.app.user.UserAccount;
import dev.accord.app.user.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session lasts only as long as the account it signed in with: on every request of a signed-in session,
 * the account must still be enabled and its password the one signed in with. Otherwise the session ends there and
 * the request goes on unauthenticated, so the next click leads to the login page.
 * <p>
 * Why a look-up per request rather than Spring's SessionRegistry: the registry lives in one node's memory, so an
 * administrator on one node could not end sessions held by another; the account row is where every node sees a
 * disable or a reset at once. The look-up is one primary-key read, small beside what a Vaadin request does.
 */
public class SessionEndsWithAccount extends OncePerRequestFilter {

    private final UserAccounts accounts;

    public SessionEndsWithAccount(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Optional<UserAccount> now;
            try {
                now = accounts.find(user.getUsername());
            } catch (DataAccessException unavailable) {
                // Cannot tell whether the account still stands: serve nothing rather than guess.
                response.setHeader(
                        HttpHeaders.RETRY_AFTER, String.valueOf(SignInRefusals.UNAVAILABLE_RETRY_AFTER_SECONDS));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (now.filter(account ->
                            account.enabled() && account.passwordHash().equals(user.getPassword()))
                    .isEmpty()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
