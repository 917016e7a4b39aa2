package io.pactum.chassis.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads Pactum's claims: {@code sub} (employee id), {@code roles}, {@code business_units}. */
public final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES = "roles";
    public static final String BUSINESS_UNITS = "business_units";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    public static Caller caller(Jwt jwt) {
        return Caller.of(jwt.getSubject(), roles(jwt), strings(jwt, BUSINESS_UNITS));
    }

    private static Set<Role> roles(Jwt jwt) {
        List<Role> roles = new ArrayList<>();
        for (String name : strings(jwt, ROLES)) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknownRole) {
                // a role another system uses; it grants nothing here
            }
        }
        return Set.copyOf(roles);
    }

    private static List<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? List.of() : values;
    }
}
