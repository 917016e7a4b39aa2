package io.pactum.platform.issuer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local profile only: {@code POST /dev/token} with {@code username=erin} answers a signed access token for
 * a demo user, so scripts and curl need no browser login.
 */
@RestController
class DevTokenController {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JwtEncoder encoder;
    private final DemoOrganisation organisation;
    private final String issuer;

    DevTokenController(JwtEncoder encoder, DemoOrganisation organisation, @Value("${pactum.issuer.url}") String issuer) {
        this.encoder = encoder;
        this.organisation = organisation;
        this.issuer = issuer;
    }

    @PostMapping("/dev/token")
    ResponseEntity<?> token(@RequestParam(required = false) String username) {
        var person = username == null ? java.util.Optional.<DemoOrganisation.Person>empty() : organisation.person(username);
        if (person.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    username == null ? "username is required" : "unknown user " + username);
            problem.setProperty("errors", List.of(Map.of("field", "username",
                    "message", username == null ? "is required" : "is not a demo user")));
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok(Map.of("access_token", mint(person.get()), "token_type", "Bearer",
                "expires_in", LIFETIME.toSeconds()));
    }

    String mint(DemoOrganisation.Person person) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(person.id())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("name", person.name())
                .claim("email", person.email())
                .claim("roles", person.roles())
                .claim("business_units", person.accessUnits())
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
