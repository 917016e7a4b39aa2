package io.pactum.competency.domain;

import io.pactum.events.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which published contract templates to suggest for an employee's gap in a competency.
 * <ul>
 *   <li>A template matches when one of its objectives names the competency at a level above the employee's
 *   current one: it closes the gap (target ≥ required) or at least narrows it. Narrowing templates are kept
 *   because a large gap (0 → 4) often has no single course that closes it, and a step towards it is still
 *   a contract worth proposing; {@code closesGap} tells the two apart.</li>
 *   <li>Templates of the employee's business unit come first and alone: their L&D team chose them (providers,
 *   budget currency). Only when the unit has none for the competency are every unit's matching templates
 *   suggested, since contract-service lets anyone start a draft from any template.</li>
 *   <li>Order: those that close the gap first; then by closeness, the distance between the template's target
 *   and the required level (an exact fit before an overshoot, a bigger step before a smaller one); then the
 *   newest; then by id, so the order is stable. At most {@link #MAX_PER_GAP}.</li>
 * </ul>
 */
public final class TemplateMatching {

    public static final int MAX_PER_GAP = 3;

    private final String businessUnit;
    private final List<ContractTemplate> templates;

    /**
     * @param businessUnit the employee's business unit
     * @param templates    the published templates to choose from (any unit)
     */
    public TemplateMatching(String businessUnit, List<ContractTemplate> templates) {
        this.businessUnit = businessUnit;
        this.templates = List.copyOf(templates);
    }

    /** Nothing to suggest. */
    public static TemplateMatching none() {
        return new TemplateMatching(null, List.of());
    }

    /** A template suggested for a gap, with the level it aims at in the gap's competency. */
    public record SuggestedTemplate(String templateId, String title, String businessUnit, int targetLevel,
                                    boolean closesGap, Money totalPlannedCost) {
    }

    /** The templates to suggest for a gap between {@code current} and {@code required} in the competency; empty without a gap. */
    public List<SuggestedTemplate> forGap(String competencyId, int current, int required) {
        if (required <= current) {
            return List.of();
        }
        List<ContractTemplate> raising = templates.stream().filter(t -> t.targetLevelIn(competencyId) > current).toList();
        List<ContractTemplate> ofTheUnit = raising.stream().filter(t -> Objects.equals(t.businessUnit(), businessUnit)).toList();
        Comparator<ContractTemplate> best = Comparator.comparing((ContractTemplate t) -> t.targetLevelIn(competencyId) < required)
                .thenComparingInt(t -> Math.abs(t.targetLevelIn(competencyId) - required))
                .thenComparing(ContractTemplate::publishedAt, Comparator.reverseOrder())
                .thenComparing(ContractTemplate::templateId);
        return (ofTheUnit.isEmpty() ? raising : ofTheUnit).stream().sorted(best).limit(MAX_PER_GAP)
                .map(t -> new SuggestedTemplate(t.templateId(), t.title(), t.businessUnit(), t.targetLevelIn(competencyId),
                        t.targetLevelIn(competencyId) >= required, t.totalPlannedCost()))
                .toList();
    }
}
