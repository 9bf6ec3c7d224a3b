package dev.accord.app.oidc;

import dev.accord.app.support.AccordIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Accord connected to the company's identity provider, local accounts kept, unknown people let in as viewers. The
 * tests that extend it share one application context.
 */
@AccordIntegrationTest
abstract class WithCompanyIdentityProvider {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        CompanyIdentityProvider.connect(properties, true, "viewer");
    }
}
