package dev.accord.app.oidc;

import dev.accord.app.oidc.IdentityProviderSettings.Groups;
import dev.accord.app.oidc.IdentityProviderSettings.UnknownUsers;
import dev.accord.app.user.UserAccounts.NewAccount;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import dev.accord.domain.shared.Texts;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a person is in Accord, from the claims the identity provider vouches for: the same reading for a sign-in in
 * the browser (the ID token and user info) and for an access token on the API.
 */
public final class PersonFromClaims {

    /** user_account.username */
    static final int USER_ID_MAX_LENGTH = 64;
    /** user_account.email */
    static final int EMAIL_MAX_LENGTH = 254;

    private final IdentityProviderSettings settings;

    public PersonFromClaims(IdentityProviderSettings settings) {
        this.settings = settings;
    }

    /**
     * The account this person signs in with, or {@link PersonRefusedException} saying why they may not. Its display
     * name and e-mail address are null when the claims do not say them.
     */
    public NewAccount person(Map<String, Object> claims) {
        String userId = userId(claims);
        // Absent from this token (access tokens often carry neither): the account keeps what it has.
        String displayName = text(claims.get("name"));
        if (displayName != null && displayName.length() > Texts.LINE_MAX_LENGTH) {
            displayName = displayName.substring(0, Texts.LINE_MAX_LENGTH);
        }
        String email = text(claims.get("email"));
        if (email != null && (email.length() > EMAIL_MAX_LENGTH || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            email = null;
        }
        Set<String> groups = groups(claims);
        Groups places = settings.groups();
        if (memberOfAny(groups, places.administrator())) {
            // An administrator holds no side, whatever else their groups say: nobody both runs Accord and approves.
            return new NewAccount(userId, displayName, null, Role.ADMIN, email, false);
        }
        boolean financeLead = memberOfAny(groups, places.financeLead());
        boolean itLead = memberOfAny(groups, places.itLead());
        boolean finance = financeLead || memberOfAny(groups, places.finance());
        boolean it = itLead || memberOfAny(groups, places.it());
        if (finance && it) {
            throw new PersonRefusedException(userId + " is in both Finance's and IT's groups at the identity provider;"
                    + " a person acts for one side only, so Accord cannot let them in until one is removed");
        }
        if (finance || it) {
            Side side = finance ? Side.FINANCE : Side.IT;
            return new NewAccount(userId, displayName, side, Role.MEMBER, email, financeLead || itLead);
        }
        if (memberOfAny(groups, places.viewer()) || settings.unknownUsers() == UnknownUsers.VIEWER) {
            return new NewAccount(userId, displayName, null, Role.VIEWER, email, false);
        }
        throw new PersonRefusedException(userId + " is in none of the identity provider's groups that Accord"
                + " knows, and Accord lets nobody else in; ask an administrator to add you to Finance, IT or the"
                + " viewers");
    }

    private String userId(Map<String, Object> claims) {
        String userId = text(claims.get(settings.userIdClaim()));
        if (userId == null) {
            userId = text(claims.get("sub"));
        }
        if (userId == null) {
            throw new PersonRefusedException(
                    "The identity provider named nobody (no " + settings.userIdClaim() + " and no sub claim)");
        }
        // One person, however the identity provider capitalises them today (Entra ID's user principal names).
        userId = userId.toLowerCase(Locale.ROOT);
        if (userId.length() > USER_ID_MAX_LENGTH) {
            throw new PersonRefusedException("The identity provider's " + settings.userIdClaim() + " is longer than"
                    + " Accord's " + USER_ID_MAX_LENGTH + " characters for a user id; choose a shorter claim");
        }
        return userId;
    }

    /** The values of the groups claim: a list, or one string of names separated by spaces or commas. */
    private Set<String> groups(Map<String, Object> claims) {
        Object value = claims;
        for (String step : settings.groupsClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Stream<String> values;
        if (value instanceof Collection<?> list) {
            values = list.stream().map(String::valueOf);
        } else if (value instanceof String names) {
            values = Stream.of(names.split("[\\s,]+"));
        } else {
            values = Stream.empty();
        }
        return values.map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean memberOfAny(Set<String> groups, List<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }

    private static String text(Object claim) {
        return claim instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
