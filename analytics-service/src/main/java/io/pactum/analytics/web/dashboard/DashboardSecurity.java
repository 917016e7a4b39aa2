package io.pactum.analytics.web.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The dashboard's page, scripts and config load without a token: the browser signs in itself (authorization
 * code with PKCE) and calls {@code /api/analytics/**} with a bearer token, which the chassis's chain checks.
 * Only GET under {@code /dashboard} is opened here; everything else keeps the chassis's JWT chain.
 */
@Configuration
class DashboardSecurity {

    @Bean
    @Order(40)
    SecurityFilterChain dashboardSecurityChain(HttpSecurity http, DashboardSettings settings) throws Exception {
        return http.securityMatcher("/dashboard", "/dashboard/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/dashboard", "/dashboard/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Scripts and styles only from here; data from here and the issuer (discovery and the token exchange). */
    static String contentSecurityPolicy(DashboardSettings settings) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + settings.issuerOrigin() + "; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'none'; object-src 'none'";
    }
}
