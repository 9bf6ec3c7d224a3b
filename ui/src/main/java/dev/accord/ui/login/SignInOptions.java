package dev.accord.ui.login;

/**
 * The ways to sign in that this Accord offers, as its administrator configured them.
 *
 * @param localAccounts whether the username and password form is offered (accord.local-accounts.enabled)
 * @param identityProviderButton the text of the button that signs in through the company's identity provider, or
 *     null when none is configured
 * @param identityProviderPath where that button leads
 */
public record SignInOptions(boolean localAccounts, String identityProviderButton, String identityProviderPath) {

    public boolean identityProvider() {
        return identityProviderButton != null;
    }
}
