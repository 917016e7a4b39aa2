package io.pactum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.pactum.events.Money;
import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.competency.RoleProfileChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final RoleProfile ENGINEER = RoleProfile.draft("Software Engineer", null, List.of(
            new RequiredCompetency("cloud-architecture", 3, 3),
            new RequiredCompetency("data-engineering", 2, 2),
            new RequiredCompetency("collaboration", 2, 1)), List.of("Solutions Architect")).create("lars").profile();

    private static CompetencyProfile rated(String employee, Object... competencyAndLevel) {
        CompetencyProfile profile = CompetencyProfile.empty(employee);
        for (int i = 0; i < competencyAndLevel.length; i += 2) {
            profile = profile.rate(new Rating((String) competencyAndLevel[i], (Integer) competencyAndLevel[i + 1],
                    RatingSource.MANAGER, "mona", T0, null)).profile();
        }
        return profile;
    }

    @Test
    void gaps_are_weighted_by_priority_largest_first_with_a_suggested_objective_for_each() {
        GapAnalysis analysis = GapAnalysis.of(rated("pia", "cloud-architecture", 3, "data-engineering", 1), ENGINEER,
                Frameworks.catalogue(), TemplateMatching.none());
        assertThat(analysis.gaps()).extracting(GapAnalysis.Gap::competencyId, GapAnalysis.Gap::required, GapAnalysis.Gap::current,
                GapAnalysis.Gap::gap, GapAnalysis.Gap::priority, GapAnalysis.Gap::weightedGap).containsExactly(
                tuple("collaboration", 2, 0, 2, 1, 2),
                tuple("data-engineering", 2, 1, 1, 2, 2),
                tuple("cloud-architecture", 3, 3, 0, 3, 0));
        assertThat(analysis.totalWeightedGap()).isEqualTo(4);
        assertThat(analysis.gaps().get(1).suggestion())
                .isEqualTo(new GapAnalysis.SuggestedObjective("data-engineering", 2, "Reach Practitioner (2) in Data engineering",
                        List.of()));
        assertThat(analysis.gaps().get(2).suggestion()).as("no gap, nothing to suggest").isNull();
    }

    @Test
    void each_suggested_objective_names_the_templates_matching_its_gap() {
        ContractTemplate dataPath = new ContractTemplate("t-data", "PLAT", "Data engineering path",
                List.of(new ContractTemplate.Objective("data-engineering", 2), new ContractTemplate.Objective("cloud-architecture", 3)),
                new Money(120000, "EUR"), T0);
        GapAnalysis analysis = GapAnalysis.of(rated("pia", "cloud-architecture", 3, "data-engineering", 1), ENGINEER,
                Frameworks.catalogue(), new TemplateMatching("PLAT", List.of(dataPath)));

        assertThat(analysis.gaps()).extracting(GapAnalysis.Gap::competencyId).containsExactly(
                "collaboration", "data-engineering", "cloud-architecture");
        assertThat(analysis.gaps().get(0).suggestion().templates()).isEmpty();
        assertThat(analysis.gaps().get(1).suggestion().templates()).containsExactly(
                new TemplateMatching.SuggestedTemplate("t-data", "Data engineering path", "PLAT", 2, true, new Money(120000, "EUR")));
    }

    @Test
    void a_heatmap_counts_per_competency_who_is_below_and_by_how_much() {
        GapHeatmap heatmap = GapHeatmap.of("PLAT",
                List.of(new GapHeatmap.Member("pia", "Software Engineer"), new GapHeatmap.Member("pete", "Software Engineer"),
                        new GapHeatmap.Member("paul", "Platform Lead")),
                Map.of("Software Engineer", ENGINEER),
                Map.of("pia", rated("pia", "cloud-architecture", 3, "data-engineering", 1)), Frameworks.catalogue());
        assertThat(heatmap.people()).isEqualTo(3);
        assertThat(heatmap.rolesWithoutProfile()).containsExactly("Platform Lead");
        assertThat(heatmap.cells()).extracting(GapHeatmap.Cell::competencyId, GapHeatmap.Cell::people, GapHeatmap.Cell::below,
                GapHeatmap.Cell::totalGap, GapHeatmap.Cell::weightedGap, GapHeatmap.Cell::belowBy).containsExactly(
                tuple("cloud-architecture", 2, 1, 3, 9, Map.of(3, 1)),
                tuple("data-engineering", 2, 2, 3, 6, Map.of(1, 1, 2, 1)),
                tuple("collaboration", 2, 2, 4, 4, Map.of(2, 2)));
    }

    @Test
    void a_role_profile_checks_its_requirements_against_the_frameworks_and_revises_only_on_change() {
        RoleProfile bad = RoleProfile.draft("Software Engineer", null, List.of(
                new RequiredCompetency("cloud-architecture", 5, 3),
                new RequiredCompetency("cooking", 2, 2),
                new RequiredCompetency("collaboration", 2, 9),
                new RequiredCompetency("collaboration", 2, 1)), List.of("Software Engineer"));
        assertThat(bad.violations(Frameworks.catalogue())).extracting(RuleViolation::field).containsExactly(
                "requirements[0].level", "requirements[1].competencyId", "requirements[2].weight",
                "requirements[3].competencyId", "futureRoles[0]");
        assertThat(ENGINEER.violations(Frameworks.catalogue())).isEmpty();

        assertThat(ENGINEER.revise(RoleProfile.draft("Software Engineer", null, ENGINEER.requirements(), ENGINEER.futureRoles()), "lena"))
                .isEmpty();
        RoleProfile.Revised revised = ENGINEER.revise(RoleProfile.draft("Software Engineer", "Builds services",
                ENGINEER.requirements(), List.of()), "lena").orElseThrow();
        assertThat(revised.profile().revision()).isEqualTo(2);
        assertThat(revised.event()).isEqualTo(new RoleProfileChanged("lena", "Software Engineer", 2,
                ENGINEER.requirements().stream().map(r -> new RequiredLevel(r.competencyId(), r.level(), r.weight())).toList()));
    }
}
