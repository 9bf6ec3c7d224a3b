package dev.accord.app.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The company's identity provider at Accord's two doors, when one is configured (and nothing at all otherwise):
 * "Sign in with …" in the browser (OpenID Connect's authorization code flow), and its access tokens (JWTs) on the
 * API beside Accord's own. Both read the provider's metadata from its issuer URL when first needed, not at start,
 * so Accord starts while the identity provider is unreachable and signs people in once it answers.
 */
public class IdentityProvider {

    /** Where the login page's button leads: Spring Security starts the sign-in there. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + IdentityProviderSettings.REGISTRATION_ID;

    private final IdentityProviderSettings settings;
    private final IdentityProviderSignIn signIn;

    IdentityProvider(IdentityProviderSettings settings, IdentityProviderSignIn signIn) {
        this.settings = settings;
        this.signIn = signIn;
    }

    public boolean isConfigured() {
        return settings.enabled();
    }

    /** Whether a bearer token is for the identity provider to check, not Accord's own token table. */
    public boolean checksBearer(String token) {
        return isConfigured() && !AccessTokens.isAccords(token);
    }

    /** The API takes the identity provider's access tokens: signed by its keys, from its issuer, for Accord. */
    public void acceptAccessTokens(HttpSecurity http, ObjectMapper json) throws Exception {
        if (!isConfigured()) {
            return;
        }
        JwtAuthenticationProvider checked = new JwtAuthenticationProvider(accessTokens());
        checked.setJwtAuthenticationConverter(signIn.api());
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .bearerTokenResolver(AccessTokens.identityProvidersOnly())
                .authenticationEntryPoint(AccessTokenRefusals.api(json))
                // Its own manager: the chain's is Accord's password check (SignInConfiguration).
                .jwt(jwt -> jwt.authenticationManager(new ProviderManager(checked))));
    }

    /** The login page offers "Sign in with …", which leads through the identity provider and back. */
    public void offerSignIn(HttpSecurity http) throws Exception {
        if (!isConfigured()) {
            return;
        }
        // Its own manager too: the chain's checks passwords, and would not know the identity provider's code.
        ProviderManager vouched = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), signIn.browser()));
        http.oauth2Login(login -> login.loginPage("/login")
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <F extends OAuth2LoginAuthenticationFilter> F postProcess(F filter) {
                        filter.setAuthenticationManager(vouched);
                        return filter;
                    }
                })
                .clientRegistrationRepository(new SupplierClientRegistrationRepository(this::registration))
                // The provider's tokens are not used after sign-in; the session holds them, not a node-wide map.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .failureHandler(refusals()));
    }

    private InMemoryClientRegistrationRepository registration() {
        ClientRegistration.Builder registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(IdentityProviderSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientName(settings.displayName())
                .scope("openid", "profile", "email");
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            // A public client: Spring Security then proves the code's origin with PKCE instead of a secret.
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            registration.clientSecret(settings.clientSecret());
        }
        return new InMemoryClientRegistrationRepository(registration.build());
    }

    private JwtDecoder accessTokens() {
        List<String> audiences = settings.acceptedAudiences();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(settings.issuer());
            // A token the identity provider gave another application of the company is not one for Accord.
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(settings.issuer()),
                    new JwtClaimValidator<List<String>>(
                            JwtClaimNames.AUD,
                            audience -> audience != null && audience.stream().anyMatch(audiences::contains))));
            return decoder;
        });
    }

    /** Back to the login page, which says why: turned away, Accord's database down, or the provider said no. */
    private static AuthenticationFailureHandler refusals() {
        return (request, response, e) -> {
            String reason = e instanceof PersonRefusedException
                    ? "not-admitted"
                    : e instanceof AuthenticationServiceException ? "unavailable" : "identity-provider";
            new SimpleUrlAuthenticationFailureHandler("/login?" + reason).onAuthenticationFailure(request, response, e);
        };
    }
}
