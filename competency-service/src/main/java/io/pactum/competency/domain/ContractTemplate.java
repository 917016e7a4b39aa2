package io.pactum.competency.domain;

import io.pactum.events.Money;
import java.time.Instant;
import java.util.List;

/**
 * A contract template an L&D team published in contract-service (e.g. a certification path), as far as gap
 * analysis needs it: the unit it was published for, the levels its objectives aim at, and what its activities
 * cost together. Templates never change once published.
 *
 * @param totalPlannedCost null when the template lists no activity or its activities are in different
 *                         currencies (contract-service refuses both; this service does not invent a sum)
 */
public record ContractTemplate(String templateId, String businessUnit, String title, List<Objective> objectives,
                               Money totalPlannedCost, Instant publishedAt) {

    public ContractTemplate {
        objectives = List.copyOf(objectives);
    }

    /** A learning objective of the template: the competency and the level a contract started from it aims at. */
    public record Objective(String competencyId, int targetLevel) {
    }

    /** The highest level the template's objectives aim at in the competency; 0 when none names it. */
    public int targetLevelIn(String competencyId) {
        return objectives.stream().filter(o -> competencyId.equals(o.competencyId()))
                .mapToInt(Objective::targetLevel).max().orElse(0);
    }

    /** The sum of the activities' planned costs; null when there are none or their currencies differ. */
    public static Money totalOf(List<Money> plannedCosts) {
        if (plannedCosts.isEmpty() || plannedCosts.stream().map(Money::currency).distinct().count() > 1) {
            return null;
        }
        long total = 0;
        for (Money cost : plannedCosts) {
            total = Math.addExact(total, cost.amountMinor());
        }
        return new Money(total, plannedCosts.getFirst().currency());
    }
}
