package dev.accord.app.signin;

import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way passwords are checked, throttled, for both doors; SecurityConfiguration hands it to each filter
 * chain by name rather than leaving Spring Security to assemble one from the UserDetailsService.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInLimits.class, LocalAccountsSettings.class})
public class SignInConfiguration {

    @Bean
    AuthenticationManager signIn(
            UserDetailsService users, PasswordEncoder encoder, SignInLimits limits, LocalAccountsSettings local) {
        if (!local.enabled()) {
            // Every password is refused unchecked, on the login form, by HTTP Basic on the API and the actuator.
            return authentication -> {
                throw new LocalAccountsTurnedOffException();
            };
        }
        return new ProviderManager(
                new ThrottledSignIn(users, encoder, new SignInThrottle(limits, TimeMeter.SYSTEM_NANOTIME)));
    }
}
