package dev.accord.app.oidc;

import dev.accord.app.signin.LocalAccountsSettings;
import dev.accord.ui.login.SignInOptions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sign-in through the company's identity provider, when accord.oidc.issuer names one (see IdentityProvider). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProviderSettings.class)
class IdentityProviderConfiguration {

    @Bean
    IdentityProvider identityProvider(
            IdentityProviderSettings settings, LocalAccountsSettings local, IdentityProviderAccounts accounts) {
        if (!local.enabled() && !settings.enabled()) {
            throw new IllegalStateException("accord.local-accounts.enabled=false leaves nobody a way to sign in:"
                    + " name the identity provider with accord.oidc.issuer (env ACCORD_OIDC_ISSUER) too");
        }
        if (settings.enabled()
                && (settings.clientId() == null || settings.clientId().isBlank())) {
            throw new IllegalStateException("accord.oidc.issuer is set, so accord.oidc.client-id (env"
                    + " ACCORD_OIDC_CLIENT_ID) must name Accord's client at the identity provider");
        }
        return new IdentityProvider(settings, new IdentityProviderSignIn(new PersonFromClaims(settings), accounts));
    }

    /** What the login page offers (LoginView). */
    @Bean
    SignInOptions signInOptions(IdentityProviderSettings settings, LocalAccountsSettings local) {
        return settings.enabled()
                ? new SignInOptions(local.enabled(), settings.displayName(), IdentityProvider.SIGN_IN_PATH)
                : new SignInOptions(local.enabled(), null, null);
    }
}
