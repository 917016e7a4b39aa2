package io.pactum.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Competency gaps of a unit: for every job role with a profile, each required competency is compared with the
 * levels its active people hold (never rated counts as level 0). Per competency over all roles: the highest level
 * required, the people assessed against it, how many are below, the levels missing in total and on average.
 */
public final class GapHeatmap {

    private GapHeatmap() {
    }

    /** A role's requirement. */
    public record Requirement(String jobRole, String competencyId, int level) {
    }

    public record Row(String competencyId, int required, long employees, long below, long totalGap, BigDecimal averageGap) {
    }

    /**
     * @param headcount    active people per job role
     * @param levelCounts  per job role and competency ({@link RollupKey#gap}): people per level
     */
    public static List<Row> rows(List<Requirement> requirements, Map<String, Long> headcount,
                                 Map<String, Figures> levelCounts) {
        Map<String, long[]> byCompetency = new TreeMap<>(); // required, employees, below, totalGap
        for (Requirement r : requirements) {
            long people = headcount.getOrDefault(r.jobRole(), 0L);
            if (people == 0) {
                continue;
            }
            Figures levels = levelCounts.getOrDefault(r.jobRole() + RollupKey.SEPARATOR + r.competencyId(), new Figures());
            long rated = 0;
            long below = 0;
            long gap = 0;
            for (int level = 0; level <= 5; level++) {
                long n = levels.count(Measures.level(level));
                rated += n;
                if (level < r.level()) {
                    below += n;
                    gap += n * (r.level() - level);
                }
            }
            long unrated = Math.max(0, people - rated);
            if (r.level() > 0) {
                below += unrated;
                gap += unrated * r.level();
            }
            long[] row = byCompetency.computeIfAbsent(r.competencyId(), c -> new long[4]);
            row[0] = Math.max(row[0], r.level());
            row[1] += people;
            row[2] += below;
            row[3] += gap;
        }
        List<Row> rows = new ArrayList<>();
        byCompetency.forEach((competency, row) -> rows.add(new Row(competency, (int) row[0], row[1], row[2], row[3],
                Percentages.ratio(row[3], row[1], 1))));
        rows.sort(Comparator.comparingLong(Row::totalGap).reversed().thenComparing(Row::competencyId));
        return rows;
    }
}
