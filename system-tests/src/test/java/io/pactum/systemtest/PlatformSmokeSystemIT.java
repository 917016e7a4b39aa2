package io.pactum.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every service is up, closed without a token, and the demo seed has run. */
@ExtendWith(LocalPlatformExtension.class)
class PlatformSmokeSystemIT {

    @Test
    void every_service_is_healthy_and_only_health_is_open() {
        for (String service : LocalPlatform.SERVICES) {
            var health = PactumClient.anonymous().get(service, "/actuator/health");
            assertThat(health.status()).as(service).isEqualTo(200);
            assertThat(health.json().path("status").asString()).as(service).isEqualTo("UP");
            var api = PactumClient.anonymous().get(service, "/api/anything");
            assertThat(api.status()).as(service).isEqualTo(401);
            assertThat(api.contentType()).as(service).startsWith("application/problem+json");
        }
    }

    @Test
    void the_demo_seed_put_the_organisation_in_the_directory() {
        var erin = PactumClient.as("lars").get("competency-service", "/api/employees/erin").expectStatus(200).json();
        assertThat(erin.path("managerId").asString()).isEqualTo("mona");
        assertThat(erin.path("businessUnit").asString()).isEqualTo("ENG");
        var all = PactumClient.as("lars").get("competency-service", "/api/employees?size=100").expectStatus(200).json();
        assertThat(all.path("total").asInt()).isGreaterThanOrEqualTo(27);
        // and sam may not see erin
        assertThat(PactumClient.as("sam").get("competency-service", "/api/employees/erin").status()).isEqualTo(404);
    }
}
