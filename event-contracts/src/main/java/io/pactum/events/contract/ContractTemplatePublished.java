package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * L&D published a contract template (e.g. a certification path). A template is not about a person, so
 * its {@code employeeId} is the L&D admin who published it, as with role profiles.
 */
@EventType("pactum.contract.template-published.v1")
public record ContractTemplatePublished(
        String templateId,
        String employeeId,
        String businessUnit,
        String title,
        List<PlannedObjective> objectives,
        List<PlannedActivity> activities,
        Instant publishedAt) implements ContractTemplateEvent {

    public ContractTemplatePublished {
        objectives = objectives == null ? null : List.copyOf(objectives);
        activities = activities == null ? null : List.copyOf(activities);
    }
}
