package dev.accord.app.user;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user. Authorities: ROLE_MEMBER, ROLE_VIEWER or ROLE_ADMIN, plus ROLE_FINANCE or
 * ROLE_IT for whoever acts for a side.
 */
public class SignedInUser implements UserDetails, ActorPrincipal {

    private final UserAccount account;

    public SignedInUser(UserAccount account) {
        this.account = account;
    }

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public boolean mustChoosePassword() {
        return account.mustChoosePassword();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        if (actor().side() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + actor().side().name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
