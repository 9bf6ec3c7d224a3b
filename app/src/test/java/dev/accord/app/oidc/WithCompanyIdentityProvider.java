package dev.accord.app.oidc;

import dev.accord.app.support.AccordIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Accord connected to the company's identity provider, local accounts kept, unknown people let in as viewers: an
 * application of its own for each test class that extends it.
 */
@AccordIntegrationTest
// Stopped after its tests: a context left in Spring's cache would go on polling, sending and retrying beside the
// shared one for the rest of the run.
@DirtiesContext
abstract class WithCompanyIdentityProvider {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        CompanyIdentityProvider.connect(properties, true, "viewer");
    }
}
