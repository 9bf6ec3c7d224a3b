package dev.accord.app.views;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Vaadin in memory (Karibu-Testing) on the real Spring application, with one demo user signed in. */
final class SignedInVaadin {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dev.accord.ui");

    private SignedInVaadin() {}

    static void as(String username, ApplicationContext context) {
        MockVaadin.tearDown();
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(signedIn);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    static void end() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
