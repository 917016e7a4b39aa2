package io.pactum.platform.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The local OIDC issuer (Spring Authorization Server): discovery, JWK set, the authorization-code flow
 * (PKCE, public client) for the dashboard page at {@code pactum.issuer.dashboard-redirect} with form login of the demo users (password = user name; local only), and the
 * local-only {@code POST /dev/token} for scripts and curl. Tokens carry {@code roles} and {@code business_units}.
 */
@SpringBootApplication
public class IssuerApplication {

    @Bean
    DemoOrganisation demoOrganisation() {
        return DemoOrganisation.load();
    }

    @Bean
    RSAKey signingKey(@Value("${pactum.issuer.key-file}") Path keyFile) {
        return SigningKey.loadOrCreate(keyFile);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${pactum.issuer.url}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    RegisteredClientRepository clients(@Value("${pactum.issuer.dashboard-redirect}") String redirect) {
        RegisteredClient dashboard = RegisteredClient.withId(UUID.nameUUIDFromBytes("pactum-dashboard".getBytes()).toString())
                .clientId("pactum-dashboard")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirect)
                .postLogoutRedirectUri(redirect)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                // as long as a dev token: the dashboard signs in again when it expires
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(DevTokenController.LIFETIME).build())
                .build();
        return new InMemoryRegisteredClientRepository(dashboard);
    }

    /**
     * The dashboard page (another origin: analytics-service) reads the discovery document and exchanges its
     * code for tokens from the browser, so those two endpoints answer CORS requests from that origin only.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${pactum.issuer.dashboard-redirect}") String redirect) {
        URI dashboard = URI.create(redirect);
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin(dashboard.getScheme() + "://" + dashboard.getAuthority());
        cors.addAllowedMethod("GET");
        cors.addAllowedMethod("POST");
        cors.addAllowedHeader("Content-Type");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/.well-known/openid-configuration", cors);
        source.registerCorsConfiguration("/oauth2/token", cors);
        return source;
    }

    @Bean
    UserDetailsService demoUsers(DemoOrganisation organisation) {
        List<org.springframework.security.core.userdetails.UserDetails> users = organisation.people().stream()
                .map(p -> User.withUsername(p.id()).password("{noop}" + p.id())
                        .roles(p.roles().toArray(String[]::new)).build())
                .map(org.springframework.security.core.userdetails.UserDetails.class::cast)
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** Access and ID tokens of the authorization-code flow carry the same claims as the dev tokens. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> pactumClaims(DemoOrganisation organisation) {
        return context -> organisation.person(context.getPrincipal().getName()).ifPresent(person -> context.getClaims()
                .claim("roles", person.roles())
                .claim("business_units", person.accessUnits())
                .claim("name", person.name())
                .claim("email", person.email()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        return http
                .oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                        new org.springframework.security.web.util.matcher.MediaTypeRequestMatcher(
                                org.springframework.http.MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndDevToken(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dev/token", "/error").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/dev/token"))
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
