package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.workforce.EmployeeDeactivated;
import io.pactum.events.workforce.EmployeeUpserted;
import org.junit.jupiter.api.Test;

/** Levels gained with evidence of learning, and a person's place in the gap buckets. */
class EmployeeFactsTest {

    @Test
    void levels_gained_count_assessed_contracts_and_certifications_from_the_previous_level() {
        EmployeeFacts erin = EmployeeFacts.empty("erin")
                .apply(Events.at("2026-01-01T08:00:00Z", erin("ENG", "Software Engineer", true)))
                .apply(Events.at("2026-02-01T08:00:00Z", new CompetencyLevelChanged("erin", "cloud", 0, 2, "SELF", "erin")))
                .apply(Events.at("2026-09-30T15:00:00Z", new CompetencyLevelChanged("erin", "cloud", 2, 3, "CONTRACT_ASSESSMENT", null)))
                .apply(Events.at("2026-10-15T10:00:00Z", new CompetencyLevelChanged("erin", "devops", 0, 2, "CERTIFICATION", "lars")))
                .apply(Events.at("2026-11-01T10:00:00Z", new CompetencyLevelChanged("erin", "devops", 2, 1, "MANAGER", "mona")));
        assertThat(erin.levelIn("cloud")).isEqualTo(3);
        assertThat(erin.levelIn("devops")).isEqualTo(1);
        assertThat(erin.levelIn("sales")).isZero();

        Tally t = erin.contribution();
        assertThat(t.get(RollupKey.main("ENG", 2026, 2)).isEmpty()).as("a self-rating is no gain").isTrue();
        assertThat(t.get(RollupKey.main("ENG", 2026, 9)).count(Measures.LEVELS_GAINED)).isEqualTo(1);
        assertThat(t.get(RollupKey.main("ENG", 2026, 10)).count(Measures.LEVELS_GAINED)).isEqualTo(2);
        assertThat(t.get(RollupKey.main("ENG", 2026, 11)).isEmpty()).as("a lower rating takes nothing back").isTrue();
        for (String period : java.util.List.of("M09", "Q3", "YEAR")) {
            Figures cloud = t.get(RollupKey.competency("ENG", 2026, period, "cloud"));
            assertThat(cloud.count(Measures.LEVELS_GAINED)).isEqualTo(1);
            assertThat(cloud.count(Measures.EMPLOYEES)).isEqualTo(1);
        }
        assertThat(t.get(RollupKey.competency("ENG", 2026, "Q4", "devops")).count(Measures.LEVELS_GAINED)).isEqualTo(2);
        // gaps: one active Software Engineer at cloud 3 and devops 1
        assertThat(t.get(RollupKey.head("ENG", "Software Engineer")).count(Measures.HEADCOUNT)).isEqualTo(1);
        assertThat(t.get(RollupKey.gap("ENG", "Software Engineer", "cloud")).count(Measures.level(3))).isEqualTo(1);
        assertThat(t.get(RollupKey.gap("ENG", "Software Engineer", "devops")).count(Measures.level(1))).isEqualTo(1);
    }

    @Test
    void a_person_gaining_twice_in_a_quarter_counts_once_for_it() {
        EmployeeFacts noah = EmployeeFacts.empty("noah")
                .apply(Events.at("2026-01-01T08:00:00Z", erin("ENG", "Software Engineer", true)))
                .apply(Events.at("2026-04-10T08:00:00Z", new CompetencyLevelChanged("noah", "cloud", 1, 2, "CONTRACT_ASSESSMENT", null)))
                .apply(Events.at("2026-05-10T08:00:00Z", new CompetencyLevelChanged("noah", "cloud", 2, 3, "CERTIFICATION", "lars")));
        Tally t = noah.contribution();
        assertThat(t.get(RollupKey.competency("ENG", 2026, "Q2", "cloud")).count(Measures.LEVELS_GAINED)).isEqualTo(2);
        assertThat(t.get(RollupKey.competency("ENG", 2026, "Q2", "cloud")).count(Measures.EMPLOYEES)).isEqualTo(1);
        assertThat(t.get(RollupKey.competency("ENG", 2026, "M04", "cloud")).count(Measures.EMPLOYEES)).isEqualTo(1);
        assertThat(t.get(RollupKey.competency("ENG", 2026, "M05", "cloud")).count(Measures.EMPLOYEES)).isEqualTo(1);
    }

    @Test
    void the_newest_directory_event_wins_and_a_deactivated_person_leaves_the_gaps() {
        EmployeeFacts erin = EmployeeFacts.empty("erin")
                .apply(Events.at("2026-03-01T08:00:00Z", erin("ENG", "Staff Engineer", true)))
                .apply(Events.at("2026-01-01T08:00:00Z", erin("SALES", "Account Executive", true)));
        assertThat(erin.businessUnit()).isEqualTo("ENG");
        assertThat(erin.jobRole()).isEqualTo("Staff Engineer");
        EmployeeFacts gone = erin.apply(Events.at("2026-04-01T08:00:00Z", new EmployeeDeactivated("erin", "ENG")));
        assertThat(gone.contribution().get(RollupKey.head("ENG", "Staff Engineer")).isEmpty()).isTrue();
    }

    private static EmployeeUpserted erin(String unit, String role, boolean active) {
        return new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB", "Europe/Stockholm", unit, role, "mona", active);
    }
}
