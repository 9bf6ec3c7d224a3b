package dev.accord.app.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether Accord's own accounts (a username and password kept by Accord) may sign in, on the login form and by
 * HTTP Basic. A company that signs everyone in through its identity provider turns them off
 * (accord.local-accounts.enabled=false); Accord's API tokens keep working for whoever holds one.
 */
@ConfigurationProperties("accord.local-accounts")
public record LocalAccountsSettings(@DefaultValue("true") boolean enabled) {}
