package dev.accord.domain.people;

import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.ChangeEmailAddress;
import dev.accord.domain.people.api.ChangeLead;
import dev.accord.domain.people.api.ChoosePassword;
import dev.accord.domain.people.api.DisableUser;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.EmailAddressChanged;
import dev.accord.domain.people.api.EnableUser;
import dev.accord.domain.people.api.LeadChanged;
import dev.accord.domain.people.api.PasswordChosen;
import dev.accord.domain.people.api.PasswordReset;
import dev.accord.domain.people.api.ResetPassword;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserAdded;
import dev.accord.domain.people.api.UserDisabled;
import dev.accord.domain.people.api.UserEnabled;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import dev.accord.domain.shared.Texts;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Administrators manage the people who use Accord. Each change is checked here, on the server, and recorded
 * as an event with who did it and when; the directory is updated in the same transaction.
 * <p>
 * Four eyes hold against the administrator too: an administrator's account acts for no side, so it can neither
 * propose nor approve; and a password an administrator set must be replaced by its owner before the owner can act,
 * so an administrator who knows it cannot act in their name for longer than it takes them to notice.
 */
public class UserAdministration {

    /** Why an administrator's account may not act for a side: the one who manages accounts must not also approve. */
    public static final String ADMIN_HOLDS_NO_SIDE = "An administrator acts for no side: whoever manages the accounts "
            + "must not also propose or approve (four eyes). Add a separate member account for their side";

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    static final int MINIMUM_PASSWORD_LENGTH = 8;
    /** bcrypt, which keeps the passwords, reads only their first 72 bytes (UTF-8): the rest would be ignored. */
    public static final int MAXIMUM_PASSWORD_BYTES = 72;

    public static final String PASSWORD_TOO_LONG = "At most " + MAXIMUM_PASSWORD_BYTES
            + " bytes: 72 letters or digits, fewer with accented letters or symbols";

    private final UserDirectory directory;
    private final EventBus events;

    public UserAdministration(UserDirectory directory, EventBus events) {
        this.directory = directory;
        this.events = events;
    }

    @CommandHandler
    public void handle(AddUser command) {
        checkAdmin(command.actor());
        String username = command.username() == null ? "" : command.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username",
                    "2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            throw new InvalidInputException("displayName", "A display name of 1 to 200 characters is required");
        }
        String displayName = Texts.line("displayName", command.displayName());
        if (command.role() == null) {
            throw new InvalidInputException("role", "Choose member, viewer or administrator");
        }
        if (command.role() == Role.MEMBER && command.side() == null) {
            throw new InvalidInputException("side", "A member acts for Finance or IT: choose the side");
        }
        if (command.role() == Role.ADMIN && command.side() != null) {
            throw new InvalidInputException("side", ADMIN_HOLDS_NO_SIDE);
        }
        if (command.lead()) {
            checkCanLead("lead", command.role(), command.side());
        }
        String email = EmailAddress.checked("email", command.email());
        checkPassword("password", command.password());
        if (directory.exists(username)) {
            throw new ConflictException("There is already a user " + username);
        }
        Side side = command.side();
        directory.add(
                new UserSummary(username, displayName, side, command.role(), true, email, command.lead()),
                command.password(),
                command.actor().userId());
        record(new UserAdded(username, displayName, side, command.role(), command.actor(), command.lead()));
    }

    @CommandHandler
    public void handle(ResetPassword command) {
        checkAdmin(command.actor());
        checkExists(command.username());
        if (directory.signsInWithIdentityProvider(command.username())) {
            throw new InvalidInputException(
                    "username",
                    command.username() + " signs in through the company's identity provider, which keeps their "
                            + "password: Accord has none to reset");
        }
        checkPassword("password", command.password());
        directory.resetPassword(command.username(), command.password());
        record(new PasswordReset(command.username(), command.actor()));
    }

    /** Anyone signed in may choose their own password; it is how a password an administrator set is replaced. */
    @CommandHandler
    public void handle(ChoosePassword command) {
        String username = command.actor().userId();
        checkExists(username);
        if (command.currentPassword() == null || !directory.passwordMatches(username, command.currentPassword())) {
            throw new InvalidInputException("currentPassword", "This is not your current password");
        }
        checkPassword("newPassword", command.newPassword());
        if (command.newPassword().equals(command.currentPassword())) {
            throw new InvalidInputException("newPassword", "Choose a password of your own, not the one you were given");
        }
        directory.choosePassword(username, command.newPassword());
        record(new PasswordChosen(username, command.actor()));
    }

    /** An administrator, or the person themselves: it is where they are told what concerns them. */
    @CommandHandler
    public void handle(ChangeEmailAddress command) {
        boolean own = command.actor() != null && command.actor().userId().equals(command.username());
        if (!own) {
            checkAdmin(command.actor());
        }
        checkExists(command.username());
        directory.setEmail(command.username(), EmailAddress.checked("email", command.email()));
        record(new EmailAddressChanged(command.username(), command.actor()));
    }

    @CommandHandler
    public void handle(ChangeLead command) {
        checkAdmin(command.actor());
        checkExists(command.username());
        UserSummary person = directory.person(command.username()).orElseThrow();
        if (command.lead()) {
            checkCanLead("lead", person.role(), person.side());
        }
        if (person.lead() == command.lead()) {
            return;
        }
        directory.setLead(command.username(), command.lead());
        record(new LeadChanged(command.username(), person.side(), command.lead(), command.actor()));
    }

    @CommandHandler
    public void handle(DisableUser command) {
        checkAdmin(command.actor());
        checkExists(command.username());
        if (command.username().equals(command.actor().userId())) {
            throw new ConflictException("You cannot disable yourself; ask another administrator");
        }
        directory.setEnabled(command.username(), false);
        record(new UserDisabled(command.username(), command.actor()));
    }

    @CommandHandler
    public void handle(EnableUser command) {
        checkAdmin(command.actor());
        checkExists(command.username());
        directory.setEnabled(command.username(), true);
        record(new UserEnabled(command.username(), command.actor()));
    }

    private void checkAdmin(Actor actor) {
        if (actor == null || !directory.isActiveAdmin(actor.userId())) {
            throw new NotPermittedException("Only administrators manage users");
        }
    }

    private void checkExists(String username) {
        if (username == null || !directory.exists(username)) {
            throw new NotFoundException("No user " + username);
        }
    }

    /** Only a member who acts for a side can lead it. */
    private static void checkCanLead(String field, Role role, Side side) {
        if (role != Role.MEMBER || side == null) {
            throw new InvalidInputException(field, "Only a member who acts for Finance or IT can lead their side");
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "At least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (isTooLong(password)) {
            throw new InvalidInputException(field, PASSWORD_TOO_LONG);
        }
    }

    /** Whether bcrypt would ignore part of this password; such a password can be neither set nor signed in with. */
    public static boolean isTooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES;
    }

    /** Published within the command's unit of work: stored with the directory change or not at all. */
    private void record(Object event) {
        events.publish(GenericEventMessage.asEventMessage(event));
    }
}
