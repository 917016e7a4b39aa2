package io.pactum.notification;

import io.pactum.chassis.security.Caller;
import io.pactum.notification.domain.UnsubscribeToken;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings, the token signer, the schedules that send due deliveries and reminders, and the OpenAPI document's callers. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    static {
        // the caller comes from the JWT (the chassis's argument resolver), not from a query parameter: keep it out of
        // the OpenAPI document (the chassis does not do this for every service yet)
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    UnsubscribeToken unsubscribeToken(NotificationSettings settings) {
        return new UnsubscribeToken(settings.unsubscribeSecret());
    }
}
