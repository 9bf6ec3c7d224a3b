package dev.accord.app.reminders;

import dev.accord.domain.approval.ReminderPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's {@link ReminderPolicy}: the project's request, revise and conclude handlers take it as a parameter
 * (Axon resolves it as a Spring bean) and schedule each change's reminder and escalation from it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderConfiguration {

    @Bean
    ReminderPolicy reminderPolicy(ReminderSettings settings) {
        return ReminderSettingsUnusableException.policyOf(settings);
    }
}
