package io.pactum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.pactum.competency.domain.TemplateMatching.SuggestedTemplate;
import io.pactum.events.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMatchingTest {

    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");

    private static ContractTemplate template(String id, String unit, int daysAfterT0, String competency, int targetLevel) {
        return new ContractTemplate(id, unit, "Template " + id, List.of(new ContractTemplate.Objective(competency, targetLevel)),
                new Money(30000, "EUR"), T0.plusSeconds(86_400L * daysAfterT0));
    }

    private static List<String> ids(List<SuggestedTemplate> suggested) {
        return suggested.stream().map(SuggestedTemplate::templateId).toList();
    }

    @Test
    void templates_that_close_the_gap_come_first_the_exact_fit_before_an_overshoot_then_those_that_narrow_it() {
        TemplateMatching matching = new TemplateMatching("ENG", List.of(
                template("narrow-by-one", "ENG", 0, "cloud-architecture", 2),
                template("overshoot", "ENG", 0, "cloud-architecture", 4),
                template("exact", "ENG", 0, "cloud-architecture", 3),
                template("at-current-level", "ENG", 0, "cloud-architecture", 1),
                template("other-competency", "ENG", 0, "data-engineering", 4)));

        List<SuggestedTemplate> suggested = matching.forGap("cloud-architecture", 1, 3);

        assertThat(suggested).extracting(SuggestedTemplate::templateId, SuggestedTemplate::targetLevel, SuggestedTemplate::closesGap)
                .containsExactly(tuple("exact", 3, true), tuple("overshoot", 4, true), tuple("narrow-by-one", 2, false));
        assertThat(suggested.getFirst().totalPlannedCost()).isEqualTo(new Money(30000, "EUR"));
        assertThat(suggested.getFirst().title()).isEqualTo("Template exact");
    }

    @Test
    void a_bigger_step_narrows_more_and_equally_close_templates_come_newest_first_at_most_three() {
        TemplateMatching matching = new TemplateMatching("ENG", List.of(
                template("step-to-2", "ENG", 9, "collaboration", 2),
                template("step-to-3-old", "ENG", 1, "collaboration", 3),
                template("step-to-3-new", "ENG", 5, "collaboration", 3),
                template("step-to-3-newest", "ENG", 7, "collaboration", 3)));

        assertThat(ids(matching.forGap("collaboration", 0, 4)))
                .containsExactly("step-to-3-newest", "step-to-3-new", "step-to-3-old");
        assertThat(TemplateMatching.MAX_PER_GAP).isEqualTo(3);
    }

    @Test
    void the_employees_unit_is_asked_first_and_every_unit_only_when_it_has_none_for_the_competency() {
        TemplateMatching matching = new TemplateMatching("SALES", List.of(
                template("eng-exact", "ENG", 0, "negotiation", 3),
                template("sales-narrow", "SALES", 0, "negotiation", 2),
                template("eng-data", "ENG", 3, "data-engineering", 2),
                template("plat-data", "PLAT", 4, "data-engineering", 2)));

        assertThat(ids(matching.forGap("negotiation", 0, 3))).as("the unit's own, even if it only narrows the gap")
                .containsExactly("sales-narrow");
        assertThat(matching.forGap("data-engineering", 0, 2)).as("no SALES template: every unit's, newest first")
                .extracting(SuggestedTemplate::templateId, SuggestedTemplate::businessUnit)
                .containsExactly(tuple("plat-data", "PLAT"), tuple("eng-data", "ENG"));
        assertThat(matching.forGap("stakeholder-management", 0, 2)).isEmpty();
    }

    @Test
    void no_gap_no_templates() {
        TemplateMatching matching = new TemplateMatching("ENG", List.of(template("exact", "ENG", 0, "cloud-architecture", 3)));
        assertThat(matching.forGap("cloud-architecture", 3, 3)).isEmpty();
        assertThat(matching.forGap("cloud-architecture", 4, 3)).isEmpty();
    }

    @Test
    void a_template_aims_at_the_highest_level_its_objectives_name_and_costs_the_sum_of_its_activities() {
        ContractTemplate twoObjectives = new ContractTemplate("t", "ENG", "T", List.of(
                new ContractTemplate.Objective("cloud-architecture", 2), new ContractTemplate.Objective("cloud-architecture", 4),
                new ContractTemplate.Objective("collaboration", 1)), null, T0);
        assertThat(twoObjectives.targetLevelIn("cloud-architecture")).isEqualTo(4);
        assertThat(twoObjectives.targetLevelIn("negotiation")).isZero();

        assertThat(ContractTemplate.totalOf(List.of(new Money(40000, "EUR"), new Money(12550, "EUR"))))
                .isEqualTo(new Money(52550, "EUR"));
        assertThat(ContractTemplate.totalOf(List.of(new Money(40000, "EUR"), new Money(100, "SEK"))))
                .as("no sum across currencies").isNull();
        assertThat(ContractTemplate.totalOf(List.of())).isNull();
    }
}
