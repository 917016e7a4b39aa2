package io.pactum.analytics.domain;

import io.pactum.events.EventEnvelope;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.workforce.EmployeeDeactivated;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One person as analytics needs them: their unit, job role and whether active (from the directory, the newest
 * event winning), their current level per competency and the levels they gained (from competency events, which
 * for one person arrive in order).
 *
 * <p>Levels gained are increases with evidence of learning — an assessed contract ({@code CONTRACT_ASSESSMENT})
 * or a certification ({@code CERTIFICATION}) — counted from the previous level. Self and manager ratings move the
 * current level (and so the gaps) but are not counted as gains. Gains belong to the person's current unit.
 *
 * @param directoryAsOf time of the directory event the unit, role and activity come from
 */
public record EmployeeFacts(String employeeId, String businessUnit, String jobRole, boolean active, Instant directoryAsOf,
                            List<CompetencyLevel> levels, List<LevelGain> gains) {

    static final Set<String> LEARNING_SOURCES = Set.of("CONTRACT_ASSESSMENT", "CERTIFICATION");
    private static final int HIGHEST_LEVEL = 5;

    public EmployeeFacts {
        levels = List.copyOf(levels);
        gains = List.copyOf(gains);
    }

    public static EmployeeFacts empty(String employeeId) {
        return new EmployeeFacts(employeeId, null, null, false, null, List.of(), List.of());
    }

    public record CompetencyLevel(String competencyId, int level) {
    }

    public record LevelGain(String competencyId, int levels, Instant at) {
    }

    public EmployeeFacts apply(EventEnvelope event) {
        Instant at = Occurrence.of(event);
        return switch (event.data()) {
            case EmployeeUpserted e when newer(at) ->
                    new EmployeeFacts(employeeId, e.businessUnit(), e.jobRole(), e.active(), at, levels, gains);
            case EmployeeDeactivated e when newer(at) ->
                    new EmployeeFacts(employeeId, businessUnit != null ? businessUnit : e.businessUnit(), jobRole, false, at, levels, gains);
            case CompetencyLevelChanged e -> levelChanged(e, at);
            default -> this;
        };
    }

    private boolean newer(Instant at) {
        return directoryAsOf == null || at.isAfter(directoryAsOf);
    }

    private EmployeeFacts levelChanged(CompetencyLevelChanged e, Instant at) {
        List<CompetencyLevel> now = new ArrayList<>(levels.stream().filter(l -> !l.competencyId().equals(e.competencyId())).toList());
        now.add(new CompetencyLevel(e.competencyId(), e.toLevel()));
        now.sort(Comparator.comparing(CompetencyLevel::competencyId));
        List<LevelGain> gained = new ArrayList<>(gains);
        if (e.toLevel() > e.fromLevel() && LEARNING_SOURCES.contains(e.source())) {
            gained.add(new LevelGain(e.competencyId(), e.toLevel() - e.fromLevel(), at));
        }
        return new EmployeeFacts(employeeId, businessUnit, jobRole, active, directoryAsOf, now, gained);
    }

    public int levelIn(String competencyId) {
        return levels.stream().filter(l -> l.competencyId().equals(competencyId)).mapToInt(CompetencyLevel::level)
                .findFirst().orElse(0);
    }

    /**
     * Levels gained (MAIN by month; COMPETENCY by month, quarter and year with the person counted once per
     * competency and period) and, while active, the person's place in the gap buckets of their unit and role.
     */
    public Tally contribution() {
        Tally tally = new Tally();
        if (businessUnit == null) {
            return tally;
        }
        Set<String> counted = new HashSet<>();
        for (LevelGain gain : gains) {
            int year = gain.at().atZone(ZoneOffset.UTC).getYear();
            int month = FiscalPeriod.monthIn(year, gain.at());
            tally.at(RollupKey.main(businessUnit, year, month)).add(Measures.LEVELS_GAINED, gain.levels());
            for (String period : FiscalPeriod.periodsOf(month)) {
                Figures bucket = tally.at(RollupKey.competency(businessUnit, year, period, gain.competencyId()));
                bucket.add(Measures.LEVELS_GAINED, gain.levels());
                if (counted.add(year + period + RollupKey.SEPARATOR + gain.competencyId())) {
                    bucket.add(Measures.EMPLOYEES, 1);
                }
            }
        }
        if (active && jobRole != null) {
            tally.at(RollupKey.head(businessUnit, jobRole)).add(Measures.HEADCOUNT, 1);
            for (CompetencyLevel level : levels) {
                int bounded = Math.max(0, Math.min(HIGHEST_LEVEL, level.level()));
                tally.at(RollupKey.gap(businessUnit, jobRole, level.competencyId())).add(Measures.level(bounded), 1);
            }
        }
        return tally.withQuartersAndYear();
    }
}
