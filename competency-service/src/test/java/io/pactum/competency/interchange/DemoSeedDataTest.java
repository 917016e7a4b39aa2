package io.pactum.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.competency.domain.CompetencyCatalogue;
import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.RequiredCompetency;
import io.pactum.competency.domain.RoleProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo seed (local-platform) imports this framework and PUTs these role profiles into this service:
 * they must pass this service's rules, or {@code ./pactum up --demo} fails at its seed step.
 */
class DemoSeedDataTest {

    private static final Path SEED = Path.of("../local-platform/src/main/resources");
    /** Strict like the service's API: an unknown property in a seed profile would be a 400 there. */
    private static final JsonMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Requirement(String competencyId, int level, int weight) {
    }

    record ProfileRequest(String description, List<Requirement> requirements, List<String> futureRoles) {
    }

    @Test
    void the_demo_framework_and_role_profiles_pass_the_services_rules_and_cover_the_demo_job_roles() throws IOException {
        ImportedFramework imported = FrameworkCsv.parse(Files.readString(SEED.resolve("demo-competency-framework.csv")));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.draft().violations().stream().map(imported::located)).isEmpty();
        CompetencyFramework framework = imported.draft().publishAfter(Optional.empty(), "lars", Instant.EPOCH).orElseThrow();
        assertThat(framework.content().nodes()).extracting(n -> n.id()).contains("cloud", "data", "leadership", "sales",
                "cloud-architecture");
        CompetencyCatalogue catalogue = new CompetencyCatalogue(List.of(framework));

        Map<String, ProfileRequest> profiles = STRICT.readValue(SEED.resolve("demo-role-profiles.json").toFile(),
                new TypeReference<Map<String, ProfileRequest>>() { });
        profiles.forEach((jobRole, p) -> assertThat(RoleProfile.draft(jobRole, p.description(), p.requirements().stream()
                .map(r -> new RequiredCompetency(r.competencyId(), r.level(), r.weight())).toList(), p.futureRoles())
                .violations(catalogue)).as(jobRole).isEmpty());

        JsonNode organisation = STRICT.readTree(SEED.resolve("demo-organisation.json").toFile());
        Set<String> workRoles = organisation.path("people").valueStream()
                .filter(person -> !person.path("roles").toString().matches(".*(LD_ADMIN|FINANCE|ANALYST).*"))
                .map(person -> person.path("jobRole").asString()).collect(Collectors.toSet());
        assertThat(profiles.keySet()).as("every job role of an employee or manager has a profile").containsAll(workRoles);
        profiles.values().stream().flatMap(p -> p.futureRoles() == null ? java.util.stream.Stream.empty() : p.futureRoles().stream())
                .forEach(future -> assertThat(profiles).as("future role " + future + " has a profile").containsKey(future));
    }
}
