package dev.accord.app.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.app.oidc.IdentityProviderSettings.Groups;
import dev.accord.app.oidc.IdentityProviderSettings.UnknownUsers;
import dev.accord.app.user.UserAccounts.NewAccount;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonFromClaimsTest {

    private static final Groups GROUPS = new Groups(
            List.of("fin"), List.of("it"), List.of("cfo"), List.of("cio"), List.of("readers"), List.of("admins"));

    private static PersonFromClaims reading(String groupsClaim, UnknownUsers unknown) {
        return new PersonFromClaims(new IdentityProviderSettings(
                "https://idp.example",
                "accord",
                null,
                "Sign in",
                "preferred_username",
                groupsClaim,
                GROUPS,
                unknown,
                List.of()));
    }

    private final PersonFromClaims people = reading("groups", UnknownUsers.VIEWER);

    @Test
    void aFinanceGroupMakesAFinanceMemberNamedByTheirPreferredUsername() {
        NewAccount olga = people.person(Map.of(
                "sub",
                "0f3a",
                "preferred_username",
                "Olga.Berg@Company.example",
                "name",
                "Olga Berg",
                "email",
                "olga.berg@company.example",
                "groups",
                List.of("staff", "fin")));
        assertThat(olga)
                .isEqualTo(new NewAccount(
                        "olga.berg@company.example",
                        "Olga Berg",
                        Side.FINANCE,
                        Role.MEMBER,
                        "olga.berg@company.example",
                        false));
    }

    @Test
    void aLeadsGroupMakesTheLeadOfThatSide() {
        NewAccount cio = people.person(Map.of("sub", "ines", "groups", "staff cio"));
        assertThat(cio.side()).isEqualTo(Side.IT);
        assertThat(cio.lead()).isTrue();
        assertThat(cio.username()).isEqualTo("ines");
        // No name in these claims: the account keeps the one it has (IdentityProviderAccounts).
        assertThat(cio.displayName()).isNull();
    }

    @Test
    void anAdministratorHoldsNoSideWhateverElseTheirGroupsSay() {
        NewAccount admin = people.person(Map.of("sub", "ada", "groups", List.of("fin", "admins")));
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.side()).isNull();
    }

    @Test
    void nobodyActsForBothSides() {
        assertThatThrownBy(() -> people.person(Map.of("sub", "x", "groups", List.of("fin", "it"))))
                .isInstanceOf(PersonRefusedException.class)
                .hasMessageContaining("both Finance's and IT's");
    }

    @Test
    void unknownPeopleAreViewersOrRefusedAsConfigured() {
        Map<String, Object> stranger = Map.of("sub", "stranger", "groups", List.of("canteen"));
        assertThat(people.person(stranger).role()).isEqualTo(Role.VIEWER);
        assertThat(reading("groups", UnknownUsers.REFUSE)
                        .person(Map.of("sub", "vera", "groups", List.of("readers")))
                        .role())
                .isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> reading("groups", UnknownUsers.REFUSE).person(stranger))
                .isInstanceOf(PersonRefusedException.class);
    }

    @Test
    void rolesCanBeReadFromInsideAnObjectAsKeycloakKeepsThem() {
        NewAccount fay = reading("realm_access.roles", UnknownUsers.REFUSE)
                .person(Map.of("sub", "fay", "realm_access", Map.of("roles", List.of("fin"))));
        assertThat(fay.side()).isEqualTo(Side.FINANCE);
    }

    @Test
    void aUserIdLongerThanTheColumnIsRefusedAndAMalformedEmailLeftOut() {
        assertThatThrownBy(() -> people.person(Map.of("sub", "x".repeat(65))))
                .isInstanceOf(PersonRefusedException.class);
        assertThat(people.person(Map.of("sub", "vic", "email", "not an address"))
                        .email())
                .isNull();
    }
}
