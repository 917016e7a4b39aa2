package io.pactum.chassis.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import io.pactum.chassis.security.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** MockMvc callers with Pactum's JWT claims ({@code sub}, {@code roles}, {@code business_units}). */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtRequestPostProcessor as(String employeeId, Role role, String... businessUnits) {
        return as(employeeId, List.of(role), businessUnits);
    }

    public static JwtRequestPostProcessor as(String employeeId, List<Role> roles, String... businessUnits) {
        return jwt()
                .jwt(token -> token.subject(employeeId)
                        .claim("roles", roles.stream().map(Role::name).toList())
                        .claim("business_units", Arrays.asList(businessUnits)))
                .authorities(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toArray(SimpleGrantedAuthority[]::new));
    }
}
