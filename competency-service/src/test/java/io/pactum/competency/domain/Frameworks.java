package io.pactum.competency.domain;

import java.time.Instant;
import java.util.List;

/** A small framework for the domain tests. */
final class Frameworks {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private Frameworks() {
    }

    static FrameworkDraft core() {
        return new FrameworkDraft("pactum-core", "Pactum core competencies", null, null,
                List.of(new ProficiencyLevel(1, "Foundation", List.of("Explains the basic concepts"), null),
                        new ProficiencyLevel(2, "Practitioner", List.of("Works on tasks with guidance"), null),
                        new ProficiencyLevel(3, "Proficient", List.of("Works independently", "Reviews others' work"), null),
                        new ProficiencyLevel(4, "Advanced", List.of("Leads the practice in a team"), null)),
                List.of(new FrameworkNode("cloud", NodeType.AREA, null, "Cloud", null, null),
                        new FrameworkNode("cloud-architecture", NodeType.COMPETENCY, "cloud", "Cloud architecture",
                                "Designs resilient, cost-aware cloud systems", null),
                        new FrameworkNode("aws-networking", NodeType.SKILL, "cloud-architecture", "AWS networking", null, null),
                        new FrameworkNode("data", NodeType.AREA, null, "Data", null, null),
                        new FrameworkNode("data-engineering", NodeType.COMPETENCY, "data", "Data engineering", null, null),
                        new FrameworkNode("leadership", NodeType.AREA, null, "Leadership", null, null),
                        new FrameworkNode("collaboration", NodeType.COMPETENCY, "leadership", "Collaboration", null, null)));
    }

    static CompetencyCatalogue catalogue() {
        return new CompetencyCatalogue(List.of(core().publishAfter(java.util.Optional.empty(), "lars", T0).orElseThrow()));
    }
}
