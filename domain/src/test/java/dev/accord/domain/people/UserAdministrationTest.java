package dev.accord.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.DisableUser;
import dev.accord.domain.people.api.EnableUser;
import dev.accord.domain.people.api.PasswordReset;
import dev.accord.domain.people.api.ResetPassword;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserAdded;
import dev.accord.domain.people.api.UserDisabled;
import dev.accord.domain.people.api.UserEnabled;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only administrators manage people, every change is recorded with who made it, and no password is recorded. */
class UserAdministrationTest {

    private static final Actor ADA = new Actor("ada", "Ada Quist", null);
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);

    private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
    private final List<Object> recorded = new ArrayList<>();
    private UserAdministration administration;

    @BeforeEach
    void setUp() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(
                messages -> messages.stream().map(EventMessage::getPayload).forEach(recorded::add));
        administration = new UserAdministration(directory, bus);
        directory.add("ada", "Ada Quist", null, Role.ADMIN, "irrelevant", "setup");
        directory.add("ida", "Ida Berg", Side.IT, Role.MEMBER, "irrelevant", "setup");
    }

    @Test
    void anAdministratorAddsAPersonAndTheRecordNamesWhoButNoPassword() {
        administration.handle(new AddUser("nora", " Nora Falk ", Side.FINANCE, Role.MEMBER, "welcome-1", ADA));
        assertThat(directory.people).containsKey("nora");
        assertThat(directory.passwords.get("nora")).isEqualTo("welcome-1");
        assertThat(recorded).containsExactly(new UserAdded("nora", "Nora Falk", Side.FINANCE, Role.MEMBER, ADA));
        assertThat(recorded.get(0).toString()).doesNotContain("welcome-1");
    }

    @Test
    void onlyAdministratorsManagePeople() {
        assertThatThrownBy(() ->
                        administration.handle(new AddUser("nora", "Nora", Side.FINANCE, Role.MEMBER, "welcome-1", IDA)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> administration.handle(new DisableUser("ida", IDA)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void aDisabledAdministratorNoLongerManagesAnyone() {
        directory.setEnabled("ada", false);
        assertThatThrownBy(() -> administration.handle(new EnableUser("ida", ADA)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        assertField(new AddUser("No Spaces", "Nora", Side.FINANCE, Role.MEMBER, "welcome-1", ADA), "username");
        assertField(new AddUser("nora", " ", Side.FINANCE, Role.MEMBER, "welcome-1", ADA), "displayName");
        assertField(new AddUser("nora", "Nora", null, Role.MEMBER, "welcome-1", ADA), "side");
        assertField(new AddUser("nora", "Nora", Side.IT, null, "welcome-1", ADA), "role");
        assertField(new AddUser("nora", "Nora", Side.IT, Role.MEMBER, "short", ADA), "password");
        assertThat(directory.people).doesNotContainKey("nora");
        assertThat(recorded).isEmpty();
    }

    @Test
    void aUserNameIsTakenOnce() {
        assertThatThrownBy(() -> administration.handle(
                        new AddUser("ida", "Another Ida", Side.IT, Role.MEMBER, "welcome-1", ADA)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aViewerNeedsNoSide() {
        administration.handle(new AddUser("cfo", "Chief Financial Officer", null, Role.VIEWER, "welcome-1", ADA));
        assertThat(directory.people.get("cfo").role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void passwordsAreResetAndPeopleDisabledAndEnabledWithARecordOfWho() {
        administration.handle(new ResetPassword("ida", "new-password", ADA));
        administration.handle(new DisableUser("ida", ADA));
        assertThat(directory.enabled("ida")).isFalse();
        administration.handle(new EnableUser("ida", ADA));
        assertThat(directory.enabled("ida")).isTrue();
        assertThat(directory.passwords.get("ida")).isEqualTo("new-password");
        assertThat(recorded)
                .containsExactly(
                        new PasswordReset("ida", ADA), new UserDisabled("ida", ADA), new UserEnabled("ida", ADA));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        assertThatThrownBy(() -> administration.handle(new DisableUser("ada", ADA)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void unknownPeopleAreNotFound() {
        assertThatThrownBy(() -> administration.handle(new ResetPassword("nobody", "welcome-1", ADA)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithItsReason() {
        String seventyTwoBytes = "p".repeat(72);
        administration.handle(new AddUser("nora", "Nora", Side.IT, Role.MEMBER, seventyTwoBytes, ADA));
        // 37 characters, but 74 bytes: bcrypt would have ignored the last two bytes.
        String accented = "\u00e9".repeat(37);
        assertThatThrownBy(() -> administration.handle(new ResetPassword("nora", accented, ADA)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).startsWith("At most 72 bytes");
                });
        assertField(new AddUser("omar", "Omar", Side.IT, Role.MEMBER, "p".repeat(73), ADA), "password");
        assertThat(directory.passwords.get("nora")).isEqualTo(seventyTwoBytes);
        assertThat(recorded).hasSize(1);
    }

    @Test
    void aCommandWithAPasswordNeverPrintsIt() {
        assertThat(new AddUser("nora", "Nora", Side.IT, Role.MEMBER, "welcome-1", ADA).toString())
                .doesNotContain("welcome-1");
        assertThat(new ResetPassword("nora", "welcome-1", ADA).toString()).doesNotContain("welcome-1");
    }

    private void assertField(AddUser command, String field) {
        assertThatThrownBy(() -> administration.handle(command))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
