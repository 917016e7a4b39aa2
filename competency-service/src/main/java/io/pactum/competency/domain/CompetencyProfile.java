package io.pactum.competency.domain;

import io.pactum.events.competency.CompetencyLevelChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An employee's proficiency per competency. Every rating is kept in the history; the current level of a
 * competency is its latest rating, whatever its source. A rating that changes the level causes
 * {@link CompetencyLevelChanged}.
 */
public record CompetencyProfile(String employeeId, List<Rating> history) {

    public CompetencyProfile {
        history = List.copyOf(history);
    }

    public static CompetencyProfile empty(String employeeId) {
        return new CompetencyProfile(employeeId, List.of());
    }

    public Optional<Rating> current(String competencyId) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).competencyId().equals(competencyId)) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** The current level, 0 when never rated. */
    public int levelIn(String competencyId) {
        return current(competencyId).map(Rating::level).orElse(0);
    }

    /** The current rating of every rated competency, in the order they were first rated, each flagged stale when old. */
    public List<CurrentLevel> currentLevels(Instant now, Duration staleAfter) {
        Map<String, Rating> latest = new LinkedHashMap<>();
        history.forEach(r -> latest.put(r.competencyId(), r));
        return latest.values().stream().map(r -> new CurrentLevel(r, r.ratedAt().plus(staleAfter).isBefore(now))).toList();
    }

    public List<Rating> historyOf(String competencyId) {
        return history.stream().filter(r -> r.competencyId().equals(competencyId)).toList();
    }

    /** Records one rating. */
    public Rated rate(Rating rating) {
        return rateAll(List.of(rating));
    }

    /** Records several ratings at once (a contract's objectives), each changed level with its event. */
    public Rated rateAll(List<Rating> ratings) {
        List<Rating> after = new ArrayList<>(history);
        List<CompetencyLevelChanged> events = new ArrayList<>();
        for (Rating rating : ratings) {
            int from = new CompetencyProfile(employeeId, after).levelIn(rating.competencyId());
            after.add(rating);
            if (from != rating.level()) {
                events.add(new CompetencyLevelChanged(employeeId, rating.competencyId(), from, rating.level(),
                        rating.source().name(), rating.ratedBy()));
            }
        }
        return new Rated(new CompetencyProfile(employeeId, after), events);
    }

    public record Rated(CompetencyProfile profile, List<CompetencyLevelChanged> events) {
    }

    /** A competency's current rating; stale when older than the configured age. */
    public record CurrentLevel(Rating rating, boolean stale) {
    }
}
