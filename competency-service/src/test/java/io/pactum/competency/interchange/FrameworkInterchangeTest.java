package io.pactum.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.FrameworkNode;
import io.pactum.competency.domain.NodeType;
import io.pactum.competency.domain.ProficiencyLevel;
import io.pactum.competency.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkInterchangeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static CompetencyFramework published() {
        FrameworkDraft draft = new FrameworkDraft("pactum-core", "Pactum core, \"cloud\" and data", "Where Pactum invests", null,
                List.of(new ProficiencyLevel(1, "Foundation", List.of("Explains the basic concepts"), null),
                        new ProficiencyLevel(2, "Practitioner", List.of(), null),
                        new ProficiencyLevel(3, "Proficient", List.of("Works independently", "Reviews others' work, with care"), null)),
                List.of(new FrameworkNode("cloud", NodeType.AREA, null, "Cloud", null, null),
                        new FrameworkNode("cloud-architecture", NodeType.COMPETENCY, "cloud", "Cloud architecture",
                                "Designs resilient, cost-aware systems", null),
                        new FrameworkNode("aws-networking", NodeType.SKILL, "cloud-architecture", "AWS networking", null, null),
                        new FrameworkNode("data", NodeType.AREA, null, "Data", null, null),
                        new FrameworkNode("data-engineering", NodeType.COMPETENCY, "data", "Data engineering", null, null)));
        return draft.publishAfter(Optional.empty(), "lars", T0).orElseThrow();
    }

    @Test
    void csv_round_trips_the_framework_with_its_identifiers() {
        CompetencyFramework framework = published();
        String csv = FrameworkCsv.write(framework);
        assertThat(csv).startsWith("type,id,parentId,name,description,identifier\nFRAMEWORK,pactum-core,,\"Pactum core, \"\"cloud\"\" and data\"");
        assertThat(csv).contains("\nLEVEL,3,,Proficient,\"Works independently | Reviews others' work, with care\",");
        ImportedFramework imported = FrameworkCsv.parse(csv);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.draft()).isEqualTo(framework.content());
        assertThat(imported.draft().publishAfter(Optional.of(framework), "lars", T0)).as("nothing new to publish").isEmpty();
    }

    @Test
    void case_round_trips_the_framework_with_its_identifiers() {
        CompetencyFramework framework = published();
        String json = CaseJson.write(framework);
        assertThat(json).contains("\"CFDocument\"", "\"CFItems\"", "\"CFAssociations\"", "\"associationType\" : \"isChildOf\"",
                "\"CFItemType\" : \"Skill\"", "\"uri\" : \"urn:pactum:framework:pactum-core\"");
        ImportedFramework imported = CaseJson.parse(json, null);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.draft()).isEqualTo(framework.content());
        assertThat(CaseJson.write(imported.draft().publishAfter(Optional.empty(), "lars", T0).orElseThrow())).isEqualTo(json);
    }

    @Test
    void a_case_package_from_another_tool_imports_by_depth_and_statement() {
        String json = """
                {"CFDocument": {"identifier": "A0000000-0000-4000-8000-000000000001", "uri": "https://example.org/esco",
                                "title": "Digital Skills (ESCO subset)", "lastChangeDateTime": "2025-01-01T00:00:00Z", "extra": 1},
                 "CFItems": [
                   {"identifier": "a0000000-0000-4000-8000-000000000002", "fullStatement": "Data"},
                   {"identifier": "a0000000-0000-4000-8000-000000000003", "fullStatement": "Manage data quality",
                    "humanCodingScheme": "DQ.1"},
                   {"identifier": "a0000000-0000-4000-8000-000000000004", "abbreviatedStatement": "Profiling",
                    "fullStatement": "Profile data sets to find anomalies"}],
                 "CFAssociations": [
                   {"associationType": "isChildOf", "originNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000002"},
                    "destinationNodeURI": {"identifier": "A0000000-0000-4000-8000-000000000001"}},
                   {"associationType": "isChildOf", "originNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000003"},
                    "destinationNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000002"}},
                   {"associationType": "isChildOf", "originNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000004"},
                    "destinationNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000003"}},
                   {"associationType": "isRelatedTo", "originNodeURI": {"identifier": "x"}, "destinationNodeURI": {"identifier": "y"}}],
                 "CFRubrics": [{"CFRubricCriteria": [{"CFRubricCriterionLevels": [
                   {"score": 2, "quality": "Independent", "description": "Works alone\\nExplains choices"},
                   {"score": 1, "quality": "Guided"}]}]}]}
                """;
        ImportedFramework imported = CaseJson.parse(json, null);
        assertThat(imported.problems()).isEmpty();
        FrameworkDraft draft = imported.draft();
        assertThat(draft.id()).isEqualTo("digital-skills-esco-subset");
        assertThat(draft.violations()).isEmpty();
        assertThat(draft.nodes()).extracting(FrameworkNode::id, FrameworkNode::type, FrameworkNode::parentId, FrameworkNode::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("data", NodeType.AREA, null, "Data"),
                        org.assertj.core.groups.Tuple.tuple("dq.1", NodeType.COMPETENCY, "data", "Manage data quality"),
                        org.assertj.core.groups.Tuple.tuple("profiling", NodeType.SKILL, "dq.1", "Profiling"));
        assertThat(draft.nodes().get(2).description()).isEqualTo("Profile data sets to find anomalies");
        assertThat(draft.scale()).extracting(ProficiencyLevel::level, ProficiencyLevel::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Guided"), org.assertj.core.groups.Tuple.tuple(2, "Independent"));
        assertThat(draft.scale().get(1).indicators()).containsExactly("Works alone", "Explains choices");
        assertThat(CaseJson.parse(json, "esco-digital").draft().id()).isEqualTo("esco-digital");
    }

    @Test
    void import_problems_name_the_line_or_the_case_element() {
        String csv = """
                type,id,parentId,name,description,identifier
                FRAMEWORK,pactum-core,,Pactum core,,
                LEVEL,1,,Foundation,,
                LEVEL,two,,Practitioner,,
                AREA,cloud,,Cloud,,
                COMPETENCY,cloud-architecture,clouds,Cloud architecture,,
                SKILL,aws,cloud-architecture,,,
                TOPIC,x,,X,,
                COMPETENCY,short,row
                """;
        ImportedFramework imported = FrameworkCsv.parse(csv);
        assertThat(imported.problems()).extracting(RuleViolation::field).containsExactly("line 4: id", "line 8: type", "line 9");
        assertThat(imported.draft().violations().stream().map(imported::located).map(RuleViolation::field))
                .containsExactly("line 4: level", "line 6: parentId", "line 7: name");
        assertThat(FrameworkCsv.parse("id,name\n").problems()).extracting(RuleViolation::field).containsExactly("line 1: header");

        ImportedFramework badCase = CaseJson.parse("""
                {"CFDocument": {"identifier": "a0000000-0000-4000-8000-000000000001", "title": "T"},
                 "CFItems": [{"identifier": "a0000000-0000-4000-8000-000000000002", "fullStatement": "Cloud", "CFItemType": "Galaxy"}],
                 "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": {"identifier": "nope"},
                                     "destinationNodeURI": {"identifier": "a0000000-0000-4000-8000-000000000001"}}]}""", null);
        assertThat(badCase.problems()).extracting(RuleViolation::field).containsExactly(
                "CFAssociations[0].originNodeURI", "CFItems[0].CFItemType", "CFRubrics");
        assertThat(CaseJson.parse("{\"CFDocument\": [1,", null).problems()).singleElement()
                .extracting(RuleViolation::field).asString().startsWith("body (line 1");
    }
}
