package io.pactum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompetencyFrameworkTest {

    @Test
    void a_sound_framework_has_no_violations_and_a_broken_one_names_each_field() {
        assertThat(Frameworks.core().violations()).isEmpty();

        List<FrameworkNode> nodes = new ArrayList<>(Frameworks.core().nodes());
        nodes.add(new FrameworkNode("orphan-skill", NodeType.SKILL, "cloud", "Skill under an area", null, null));
        nodes.add(new FrameworkNode("cloud", NodeType.AREA, null, "Cloud again", null, null));
        nodes.add(new FrameworkNode("Bad Id", NodeType.COMPETENCY, "data", " ", "two\nlines", "not-a-uuid"));
        FrameworkDraft broken = new FrameworkDraft("pactum-core", "", null, null,
                List.of(new ProficiencyLevel(1, "One", List.of("a | b"), null), new ProficiencyLevel(3, "Three", List.of(), null)),
                nodes);
        assertThat(broken.violations()).extracting(RuleViolation::field).containsExactly(
                "title", "scale[0].indicators[0]", "scale[1].level",
                "nodes[7].parentId", "nodes[8].id", "nodes[9].id", "nodes[9].name", "nodes[9].description", "nodes[9].identifier");
        assertThat(new FrameworkDraft("x", "X", null, null, Frameworks.core().scale().subList(0, 1), List.of()).violations())
                .extracting(RuleViolation::field).containsExactly("scale", "nodes");
    }

    @Test
    void identifiers_left_blank_are_derived_the_same_way_every_time() {
        FrameworkDraft first = Frameworks.core().withStableIdentifiers();
        FrameworkDraft again = Frameworks.core().withStableIdentifiers();
        assertThat(first).isEqualTo(again);
        assertThat(first.identifier()).matches("[0-9a-f-]{36}");
        assertThat(first.nodes()).extracting(FrameworkNode::identifier).doesNotContainNull().doesNotHaveDuplicates();
        FrameworkNode given = new FrameworkNode("cloud", NodeType.AREA, null, "Cloud", null, "6F9619FF-8B86-D011-B42D-00C04FC964FF");
        FrameworkDraft withGiven = new FrameworkDraft("f", "F", null, null, Frameworks.core().scale(), List.of(given));
        assertThat(withGiven.withStableIdentifiers().nodes().getFirst().identifier()).isEqualTo("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    }

    @Test
    void publishing_makes_versions_and_the_same_content_makes_none() {
        Instant t1 = Instant.parse("2026-04-01T00:00:00Z");
        CompetencyFramework v1 = Frameworks.core().publishAfter(Optional.empty(), "lars", Frameworks.T0).orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(Frameworks.core().publishAfter(Optional.of(v1), "lena", t1)).isEmpty();

        List<FrameworkNode> more = new ArrayList<>(Frameworks.core().nodes());
        more.add(new FrameworkNode("sql", NodeType.SKILL, "data-engineering", "SQL", null, null));
        FrameworkDraft changed = new FrameworkDraft("pactum-core", "Pactum core competencies", null, null, Frameworks.core().scale(), more);
        CompetencyFramework v2 = changed.publishAfter(Optional.of(v1), "lena", t1).orElseThrow();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.publishedBy()).isEqualTo("lena");
        // the nodes both versions share keep their identifiers
        assertThat(v2.node("cloud-architecture").orElseThrow().identifier())
                .isEqualTo(v1.node("cloud-architecture").orElseThrow().identifier());
        assertThat(v1.node("sql")).isEmpty();
    }

    @Test
    void the_catalogue_finds_rateable_nodes_checks_levels_and_keeps_ids_to_one_framework() {
        CompetencyCatalogue catalogue = Frameworks.catalogue();
        assertThat(catalogue.find("aws-networking")).get().extracting(e -> e.node().type()).isEqualTo(NodeType.SKILL);
        assertThat(catalogue.find("cloud")).as("areas are not rated").isEmpty();
        assertThat(catalogue.checkLevel("c", "cloud-architecture", "l", 4)).isEmpty();
        assertThat(catalogue.checkLevel("c", "cloud-architecture", "l", 5)).singleElement()
                .extracting(RuleViolation::field).isEqualTo("l");
        assertThat(catalogue.checkLevel("c", "cooking", "l", 1)).singleElement().extracting(RuleViolation::field).isEqualTo("c");

        FrameworkDraft other = new FrameworkDraft("sales", "Sales", null, null, Frameworks.core().scale(),
                List.of(new FrameworkNode("selling", NodeType.AREA, null, "Selling", null, null),
                        new FrameworkNode("collaboration", NodeType.COMPETENCY, "selling", "Collaboration", null, null)));
        assertThat(catalogue.clashesWith(other)).singleElement().extracting(RuleViolation::field).isEqualTo("nodes[1].id");
        assertThat(catalogue.clashesWith(Frameworks.core())).as("a new version of the same framework").isEmpty();
    }
}
