package io.pactum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.competency.CompetencyLevelChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyProfileTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void a_rating_that_changes_the_level_causes_one_event_from_the_old_level_to_the_new() {
        CompetencyProfile.Rated first = CompetencyProfile.empty("erin")
                .rate(new Rating("cloud-architecture", 2, RatingSource.SELF, "erin", T0, null));
        assertThat(first.events()).containsExactly(
                new CompetencyLevelChanged("erin", "cloud-architecture", 0, 2, "SELF", "erin"));

        CompetencyProfile.Rated same = first.profile()
                .rate(new Rating("cloud-architecture", 2, RatingSource.MANAGER, "mona", T0.plusSeconds(60), null));
        assertThat(same.events()).as("the same level is kept in the history but changes nothing").isEmpty();
        assertThat(same.profile().historyOf("cloud-architecture")).hasSize(2);
        assertThat(same.profile().current("cloud-architecture")).get().extracting(Rating::source).isEqualTo(RatingSource.MANAGER);

        CompetencyProfile.Rated assessed = same.profile().rateAll(List.of(
                new Rating("cloud-architecture", 3, RatingSource.CONTRACT_ASSESSMENT, null, T0.plusSeconds(120), "contract c1"),
                new Rating("data-engineering", 1, RatingSource.CONTRACT_ASSESSMENT, null, T0.plusSeconds(120), "contract c1")));
        assertThat(assessed.events()).extracting(CompetencyLevelChanged::competencyId, CompetencyLevelChanged::fromLevel,
                CompetencyLevelChanged::toLevel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cloud-architecture", 2, 3), org.assertj.core.groups.Tuple.tuple("data-engineering", 0, 1));
        assertThat(assessed.profile().levelIn("cloud-architecture")).isEqualTo(3);
        assertThat(assessed.profile().levelIn("collaboration")).isZero();
    }

    @Test
    void current_levels_are_the_latest_ratings_flagged_stale_when_older_than_the_configured_age() {
        CompetencyProfile profile = CompetencyProfile.empty("erin").rateAll(List.of(
                new Rating("cloud-architecture", 2, RatingSource.SELF, "erin", T0, null),
                new Rating("data-engineering", 1, RatingSource.MANAGER, "mona", T0.plus(Duration.ofDays(200)), null),
                new Rating("cloud-architecture", 3, RatingSource.MANAGER, "mona", T0.plus(Duration.ofDays(10)), null))).profile();
        List<CompetencyProfile.CurrentLevel> levels = profile.currentLevels(T0.plus(Duration.ofDays(380)), Duration.ofDays(365));
        assertThat(levels).extracting(l -> l.rating().competencyId(), l -> l.rating().level(), CompetencyProfile.CurrentLevel::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cloud-architecture", 3, true),
                        org.assertj.core.groups.Tuple.tuple("data-engineering", 1, false));
    }

    @Test
    void who_may_give_which_rating() {
        var erinHerself = new RatingSource.Rater("erin", true, false, false);
        var mona = new RatingSource.Rater("mona", false, true, false);
        var lars = new RatingSource.Rater("lars", false, false, true);
        assertThat(RatingSource.SELF.mayBeGivenBy(erinHerself)).isTrue();
        assertThat(RatingSource.MANAGER.mayBeGivenBy(erinHerself)).isFalse();
        assertThat(RatingSource.SELF.mayBeGivenBy(mona)).isFalse();
        assertThat(RatingSource.MANAGER.mayBeGivenBy(mona)).isTrue();
        assertThat(RatingSource.CERTIFICATION.mayBeGivenBy(mona)).isFalse();
        assertThat(RatingSource.CERTIFICATION.mayBeGivenBy(lars)).isTrue();
        assertThat(RatingSource.MANAGER.mayBeGivenBy(lars)).isFalse();
        assertThat(RatingSource.CONTRACT_ASSESSMENT.mayBeGivenBy(new RatingSource.Rater("x", true, true, true))).isFalse();
    }
}
