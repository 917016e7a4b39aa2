package io.pactum.notification;

import io.pactum.notification.domain.UnsubscribeToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings, the token signer and the schedules that send due deliveries and reminders. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    @Bean
    UnsubscribeToken unsubscribeToken(NotificationSettings settings) {
        return new UnsubscribeToken(settings.unsubscribeSecret());
    }
}
