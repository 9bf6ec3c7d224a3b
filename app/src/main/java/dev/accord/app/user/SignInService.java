package dev.accord.app.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up users for the login form and for HTTP Basic on the API. */
@Service
class SignInService implements UserDetailsService {

    private final UserAccounts accounts;

    SignInService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
