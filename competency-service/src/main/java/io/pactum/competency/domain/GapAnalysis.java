package io.pactum.competency.domain;

import java.util.Comparator;
import java.util.List;

/**
 * An employee measured against a role profile: per required competency the required and current level,
 * the gap, and the gap weighted by the competency's strategic priority; every gap comes with a suggested
 * contract objective (the competency and the level to reach) and the published contract templates that
 * match it ({@link TemplateMatching}). The largest weighted gaps come first.
 */
public record GapAnalysis(String employeeId, String jobRole, int roleRevision, List<Gap> gaps) {

    public static GapAnalysis of(CompetencyProfile profile, RoleProfile role, CompetencyCatalogue catalogue,
                                 TemplateMatching templates) {
        List<Gap> gaps = role.requirements().stream().map(required -> {
            int current = profile.levelIn(required.competencyId());
            int gap = Math.max(0, required.level() - current);
            var entry = catalogue.find(required.competencyId());
            String name = entry.map(e -> e.node().name()).orElse(required.competencyId());
            SuggestedObjective suggestion = gap == 0 ? null : new SuggestedObjective(required.competencyId(),
                    required.level(), "Reach " + entry.map(e -> e.framework().levelName(required.level()))
                    .orElse("level " + required.level()) + " (" + required.level() + ") in " + name,
                    templates.forGap(required.competencyId(), current, required.level()));
            return new Gap(required.competencyId(), name, required.level(), current, gap, required.weight(),
                    gap * required.weight(), suggestion);
        }).sorted(Comparator.comparingInt(Gap::weightedGap).reversed().thenComparing(Gap::competencyId)).toList();
        return new GapAnalysis(profile.employeeId(), role.jobRole(), role.revision(), gaps);
    }

    public int totalWeightedGap() {
        return gaps.stream().mapToInt(Gap::weightedGap).sum();
    }

    /** @param suggestion null when the employee meets the requirement */
    public record Gap(String competencyId, String name, int required, int current, int gap, int priority,
                      int weightedGap, SuggestedObjective suggestion) {
    }

    /**
     * A learning contract objective that would close the gap.
     *
     * @param templates published contract templates to start such a contract from, best first (maybe none)
     */
    public record SuggestedObjective(String competencyId, int targetLevel, String description,
                                     List<TemplateMatching.SuggestedTemplate> templates) {

        public SuggestedObjective {
            templates = List.copyOf(templates);
        }
    }
}
