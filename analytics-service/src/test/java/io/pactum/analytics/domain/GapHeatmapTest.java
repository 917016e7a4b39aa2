package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapHeatmapTest {

    @Test
    void gaps_per_competency_over_the_roles_that_require_it_with_the_unrated_at_level_0() {
        List<GapHeatmap.Requirement> requirements = List.of(
                new GapHeatmap.Requirement("Software Engineer", "cloud", 3),
                new GapHeatmap.Requirement("Software Engineer", "devops", 2),
                new GapHeatmap.Requirement("Tech Lead", "cloud", 4),
                new GapHeatmap.Requirement("Designer", "ux", 3)); // no Designer works here
        Map<String, Long> headcount = Map.of("Software Engineer", 4L, "Tech Lead", 1L);
        Map<String, Figures> levels = Map.of(
                "Software Engineer" + RollupKey.SEPARATOR + "cloud", new Figures().add(Measures.level(3), 1).add(Measures.level(2), 1),
                "Software Engineer" + RollupKey.SEPARATOR + "devops", new Figures().add(Measures.level(1), 1),
                "Tech Lead" + RollupKey.SEPARATOR + "cloud", new Figures().add(Measures.level(4), 1));

        List<GapHeatmap.Row> rows = GapHeatmap.rows(requirements, headcount, levels);

        // cloud: engineers at 3, 2 and two unrated (0) against 3 → 3 below, gap 1 + 3 + 3 = 7; the lead at 4 against 4
        // → required 4, 5 people, 3 below, 7 missing, 1.4 on average
        // devops: engineers at 1 and three unrated against 2 → 4 below, gap 1 + 2 + 2 + 2 = 7, 1.75 → 1.8
        assertThat(rows).containsExactly(
                new GapHeatmap.Row("cloud", 4, 5, 3, 7, new java.math.BigDecimal("1.4")),
                new GapHeatmap.Row("devops", 2, 4, 4, 7, new java.math.BigDecimal("1.8")));
    }
}
