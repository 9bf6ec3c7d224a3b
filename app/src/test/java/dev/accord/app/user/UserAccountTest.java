package dev.accord.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import org.junit.jupiter.api.Test;

/** Only a member acts for a side, whatever side an older row gives a viewer or an administrator. */
class UserAccountTest {

    @Test
    void anAdministratorActsForNoSideEvenOnARowThatGivesThemOne() {
        assertThat(account(Role.ADMIN, Side.IT).actor().side()).isNull();
        assertThat(account(Role.VIEWER, Side.FINANCE).actor().side()).isNull();
        assertThat(account(Role.MEMBER, Side.IT).actor().side()).isEqualTo(Side.IT);
    }

    private static UserAccount account(Role role, Side side) {
        return new UserAccount("x", "X", side, role, "hash", true, null, false, false);
    }
}
