package dev.accord.app.config;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import dev.accord.app.api.ProblemResponse;
import dev.accord.app.oidc.IdentityProvider;
import dev.accord.app.signin.SessionEndsWithAccount;
import dev.accord.app.signin.SignInRefusals;
import dev.accord.app.tokens.ApiTokenTable;
import dev.accord.app.tokens.BearerTokenSignIn;
import dev.accord.app.user.UserAccounts;
import dev.accord.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two doors with one set of users: the REST API takes HTTP Basic or an API token and keeps no session; the browser UI signs in
 * through Vaadin's login view with a session and Vaadin's CSRF protection. What a user may do is decided on the
 * server (the domain and the command interceptors), whatever either client shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Actuator: liveness and readiness for load balancers and Kubernetes without sign-in (status only); everything
     * else it exposes (health details, Prometheus metrics) for administrators, by HTTP Basic or a browser session.
     * Only GET endpoints are exposed, so no cross-site request can change anything here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json, AuthenticationManager signIn) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("Accord").authenticationEntryPoint(SignInRefusals.api(json)))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        ProblemResponse.write(response, json, HttpStatus.FORBIDDEN, "Your role may not do this")))
                // A probe every few seconds must not leave a session behind for a request to return to.
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectMapper json,
            AuthenticationManager signIn,
            ApiTokenTable tokens,
            IdentityProvider identityProvider)
            throws Exception {
        // The identity provider's JWTs too, when one is configured; Accord's own tokens never reach it.
        identityProvider.acceptAccessTokens(http, json);
        return http.securityMatcher("/api/**")
                .authenticationManager(signIn)
                // Operating the ledger is for administrators; commands check this again, whoever sends them. The
                // whole ledger's audit bundle is theirs too: AuditBundleController decides, once it knows the scope.
                // So is the log of who administered whose account.
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/admin/**", "/api/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/integrity/verification")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // Throttled (429), database down (503) or not signed in (401): see SignInRefusals.
                // A bearer token is checked before Basic: a hash and one read, where Basic costs a bcrypt check.
                .addFilterBefore(
                        new BearerTokenSignIn(tokens, json, identityProvider::checksBearer),
                        BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("Accord").authenticationEntryPoint(SignInRefusals.api(json)))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        ProblemResponse.write(response, json, HttpStatus.FORBIDDEN, "Your role may not do this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic sends no cookie a forged cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(
            HttpSecurity http, AuthenticationManager signIn, UserAccounts accounts, IdentityProvider identityProvider)
            throws Exception {
        http.authenticationManager(signIn);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll());
        // A session ends as soon as its account is disabled or its password reset.
        http.addFilterAfter(new SessionEndsWithAccount(accounts), SecurityContextHolderFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer, so its login view is the login page (not Spring's generated one). The login
        // page says why a sign-in was refused: wrong password, throttled, or the database unreachable.
        http.formLogin(form -> form.failureHandler(SignInRefusals.loginForm()));
        // "Sign in with …" on the same login page, when an identity provider is configured.
        identityProvider.offerSignIn(http);
        return http.build();
    }
}
