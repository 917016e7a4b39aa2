package io.pactum.competency.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A business unit's gaps per competency: of the people whose role requires it, how many are below the
 * required level and by how much. Sorted so the weightiest total gaps — where L&D should invest — come first.
 */
public record GapHeatmap(String businessUnit, int people, List<Cell> cells, List<String> rolesWithoutProfile) {

    /** A person of the unit with their current job role. */
    public record Member(String employeeId, String jobRole) {
    }

    /**
     * @param people      how many people of the unit have a role that requires the competency
     * @param below       how many of them are below the required level
     * @param belowBy     how many people are short by 1, 2, … levels
     * @param weightedGap the sum of the gaps, each weighted by its role's priority for the competency
     */
    public record Cell(String competencyId, String name, int people, int below, int totalGap, int weightedGap,
                       Map<Integer, Integer> belowBy) {
    }

    public static GapHeatmap of(String businessUnit, List<Member> members, Map<String, RoleProfile> roles,
                                Map<String, CompetencyProfile> profiles, CompetencyCatalogue catalogue) {
        Map<String, int[]> totals = new TreeMap<>(); // competency -> people, below, total gap, weighted gap
        Map<String, Map<Integer, Integer>> belowBy = new TreeMap<>();
        TreeSet<String> missing = new TreeSet<>();
        for (Member member : members) {
            RoleProfile role = roles.get(member.jobRole());
            if (role == null) {
                missing.add(member.jobRole());
                continue;
            }
            CompetencyProfile profile = Optional.ofNullable(profiles.get(member.employeeId()))
                    .orElse(CompetencyProfile.empty(member.employeeId()));
            for (RequiredCompetency required : role.requirements()) {
                int gap = Math.max(0, required.level() - profile.levelIn(required.competencyId()));
                int[] t = totals.computeIfAbsent(required.competencyId(), id -> new int[4]);
                t[0]++;
                if (gap > 0) {
                    t[1]++;
                    t[2] += gap;
                    t[3] += gap * required.weight();
                    belowBy.computeIfAbsent(required.competencyId(), id -> new TreeMap<>()).merge(gap, 1, Integer::sum);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        totals.forEach((id, t) -> cells.add(new Cell(id, catalogue.find(id).map(e -> e.node().name()).orElse(id), t[0],
                t[1], t[2], t[3], belowBy.getOrDefault(id, Map.of()))));
        cells.sort(Comparator.comparingInt(Cell::weightedGap).reversed().thenComparing(Cell::competencyId));
        return new GapHeatmap(businessUnit, members.size(), cells, List.copyOf(missing));
    }
}
