package io.pactum.notification.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The unsubscribe link works without a login: its signed token is checked by the controller. Every other path keeps the chassis's JWT chain. */
@Configuration
class UnsubscribeSecurity {

    @Bean
    @Order(50)
    SecurityFilterChain unsubscribeLinks(HttpSecurity http) throws Exception {
        return http.securityMatcher("/unsubscribe")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
