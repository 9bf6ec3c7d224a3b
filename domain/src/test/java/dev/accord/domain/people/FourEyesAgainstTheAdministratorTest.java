package dev.accord.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.ChangeEmailAddress;
import dev.accord.domain.people.api.ChangeLead;
import dev.accord.domain.people.api.ChoosePassword;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.EmailAddressChanged;
import dev.accord.domain.people.api.LeadChanged;
import dev.accord.domain.people.api.PasswordChosen;
import dev.accord.domain.people.api.ResetPassword;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserAdded;
import dev.accord.domain.people.api.UserAdministered;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator holds no side, a password an administrator set is replaced by its owner, leads and e-mail
 * addresses are kept by administrators (an address by its owner too), and every change is recorded with who made it.
 */
class FourEyesAgainstTheAdministratorTest {

    private static final Actor ADA = new Actor("ada", "Ada Quist", null);
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);

    private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
    private final List<Object> recorded = new ArrayList<>();
    private UserAdministration administration;

    @BeforeEach
    void setUp() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(
                messages -> messages.stream().map(EventMessage::getPayload).forEach(recorded::add));
        administration = new UserAdministration(directory, bus);
        directory.add("ada", "Ada Quist", null, Role.ADMIN, "ada-chose-this", "setup");
        directory.add("ida", "Ida Berg", Side.IT, Role.MEMBER, "ida-chose-this", "setup");
        directory.add("fay", "Fay Lund", Side.FINANCE, Role.MEMBER, "fay-chose-this", "setup");
        directory.add("vic", "Vic Moss", null, Role.VIEWER, "vic-chose-this", "setup");
    }

    @Test
    void anAdministratorWithASideIsRefusedNamingTheSideAndWhy() {
        assertThatThrownBy(() ->
                        administration.handle(new AddUser("root", "Root", Side.FINANCE, Role.ADMIN, "welcome-1", ADA)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("side");
                    assertThat(e.getMessage()).contains("four eyes");
                });
        assertThat(directory.people).doesNotContainKey("root");
        assertThat(recorded).isEmpty();
    }

    @Test
    void aPersonAnAdministratorAddsMustChooseTheirOwnPassword() {
        administration.handle(new AddUser(
                "nora", "Nora Falk", Side.FINANCE, Role.MEMBER, " nora@example.com ", true, "welcome-1", ADA));
        assertThat(directory.mustChoosePassword).contains("nora");
        assertThat(directory.people.get("nora").email()).isEqualTo("nora@example.com");
        assertThat(directory.people.get("nora").lead()).isTrue();
        assertThat(recorded).containsExactly(new UserAdded("nora", "Nora Falk", Side.FINANCE, Role.MEMBER, ADA, true));
        assertThat(((UserAdministered) recorded.get(0)).what()).isEqualTo("added as member, lead of Finance");
    }

    @Test
    void aResetPasswordMustBeChosenAgainAndChoosingIsRecorded() {
        administration.handle(new ResetPassword("ida", "ada-knows-this", ADA));
        assertThat(directory.mustChoosePassword).contains("ida");
        administration.handle(new ChoosePassword("ada-knows-this", "only-ida-knows", IDA));
        assertThat(directory.mustChoosePassword).doesNotContain("ida");
        assertThat(directory.passwords.get("ida")).isEqualTo("only-ida-knows");
        assertThat(recorded.get(1)).isEqualTo(new PasswordChosen("ida", IDA));
        assertThat(recorded.get(1).toString()).doesNotContain("only-ida-knows");
    }

    @Test
    void choosingNeedsTheCurrentPasswordAndANewOneOfTheSameRules() {
        administration.handle(new ResetPassword("ida", "ada-knows-this", ADA));
        assertChoice(new ChoosePassword("a-guess-123", "only-ida-knows", IDA), "currentPassword");
        assertChoice(new ChoosePassword("ada-knows-this", "ada-knows-this", IDA), "newPassword");
        assertChoice(new ChoosePassword("ada-knows-this", "short", IDA), "newPassword");
        assertChoice(new ChoosePassword("ada-knows-this", "p".repeat(73), IDA), "newPassword");
        assertThat(directory.mustChoosePassword).contains("ida");
        assertThat(recorded).hasSize(1);
        assertThat(new ChoosePassword("ada-knows-this", "only-ida-knows", IDA).toString())
                .doesNotContain("ada-knows-this")
                .doesNotContain("only-ida-knows");
    }

    @Test
    void noPasswordIsResetForSomeoneTheIdentityProviderSignsIn() {
        directory.signInWithIdentityProvider.add("ida");
        assertThatThrownBy(() -> administration.handle(new ResetPassword("ida", "ada-knows-this", ADA)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.getMessage()).contains("identity provider");
                });
        assertThat(directory.passwords.get("ida")).isNotEqualTo("ada-knows-this");
        assertThat(directory.mustChoosePassword).doesNotContain("ida");
        assertThat(recorded).isEmpty();
    }

    @Test
    void anAdministratorMakesAMemberTheirSidesLeadAndBackWithARecord() {
        administration.handle(new ChangeLead("fay", true, ADA));
        assertThat(directory.people.get("fay").lead()).isTrue();
        administration.handle(new ChangeLead("fay", false, ADA));
        assertThat(directory.people.get("fay").lead()).isFalse();
        assertThat(recorded)
                .containsExactly(
                        new LeadChanged("fay", Side.FINANCE, true, ADA),
                        new LeadChanged("fay", Side.FINANCE, false, ADA));
        assertThat(((UserAdministered) recorded.get(0)).what()).isEqualTo("made lead of Finance");
    }

    @Test
    void onlyAMemberWithASideCanLead() {
        assertThatThrownBy(() -> administration.handle(new ChangeLead("vic", true, ADA)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lead"));
        assertThatThrownBy(() -> administration.handle(
                        new AddUser("root", "Root", null, Role.ADMIN, null, true, "welcome-1", ADA)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lead"));
        assertThatThrownBy(() -> administration.handle(new ChangeLead("ida", true, FAY)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void aPersonChangesTheirOwnAddressAndAnAdministratorAnyonesButNobodyElse() {
        administration.handle(new ChangeEmailAddress("ida", "ida.berg@example.com", IDA));
        administration.handle(new ChangeEmailAddress("fay", "fay@example.org", ADA));
        assertThat(directory.people.get("ida").email()).isEqualTo("ida.berg@example.com");
        assertThat(directory.people.get("fay").email()).isEqualTo("fay@example.org");
        assertThatThrownBy(() -> administration.handle(new ChangeEmailAddress("fay", "me@example.com", IDA)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).containsExactly(new EmailAddressChanged("ida", IDA), new EmailAddressChanged("fay", ADA));
        assertThat(recorded.toString()).doesNotContain("example");
    }

    @Test
    void anAddressIsCheckedForItsShapeAndLength() {
        for (String bad : List.of("ida", "ida@", "@example.com", "ida@example", "i da@example.com", "a@b@c.com")) {
            assertThatThrownBy(() -> administration.handle(new ChangeEmailAddress("ida", bad, IDA)))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("email"));
        }
        String longest = "i".repeat(64) + "@" + "e".repeat(EmailAddress.MAX_LENGTH - 64 - 5) + ".com";
        assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);
        administration.handle(new ChangeEmailAddress("ida", longest, IDA));
        assertThatThrownBy(() -> administration.handle(new ChangeEmailAddress("ida", "x" + longest, IDA)))
                .isInstanceOf(InvalidInputException.class);
        administration.handle(new ChangeEmailAddress("ida", " ", IDA));
        assertThat(directory.people.get("ida").email()).isNull();
    }

    private void assertChoice(ChoosePassword command, String field) {
        assertThatThrownBy(() -> administration.handle(command))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
