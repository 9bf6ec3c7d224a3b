package dev.accord.ui.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.login.LoginView;

/**
 * Someone whose password an administrator set sees nothing but {@link ChoosePasswordView} until they have chosen
 * their own. This is only the way the browser is led; the server refuses their commands anyway.
 */
@SpringComponent
class ChoosePasswordFirst implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ChoosePasswordFirst(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChoosePasswordView.class && target != LoginView.class && currentUser.mustChoosePassword()) {
            event.forwardTo(ChoosePasswordView.class);
        }
    }
}
