package io.pactum.competency.application;

import io.pactum.competency.domain.ContractTemplate;
import io.pactum.competency.domain.TemplateMatching;
import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.PlannedActivity;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The contract templates L&D published in contract-service, kept here from ContractTemplatePublished so that
 * gap analysis can name the templates that close a gap. Published templates never change, so the first copy
 * of a template id is the copy: a redelivered event finds it and writes nothing.
 */
@Service
public class ContractTemplates {

    private static final Logger log = LoggerFactory.getLogger(ContractTemplates.class);

    private final ContractTemplateStore store;

    public ContractTemplates(ContractTemplateStore store) {
        this.store = store;
    }

    public void handle(EventEnvelope event) {
        if (!(event.data() instanceof ContractTemplatePublished published)) {
            return;
        }
        if (!store.add(template(published, event), event.id())) {
            log.info("contract template {} is known already", published.templateId());
        }
    }

    /** The matching rule for an employee of the business unit, over the templates naming any of the competencies. */
    public TemplateMatching forEmployeeOf(String businessUnit, Collection<String> competencyIds) {
        return new TemplateMatching(businessUnit, store.naming(competencyIds));
    }

    /** Objectives naming no competency (free-text ones) can match no gap, so they are left out. */
    private static ContractTemplate template(ContractTemplatePublished published, EventEnvelope event) {
        List<ContractTemplate.Objective> objectives = orEmpty(published.objectives()).stream()
                .filter(o -> o.competencyId() != null)
                .map(o -> new ContractTemplate.Objective(o.competencyId(), o.targetLevel())).toList();
        List<Money> costs = orEmpty(published.activities()).stream().map(PlannedActivity::plannedCost)
                .filter(Objects::nonNull).toList();
        return new ContractTemplate(published.templateId(), published.businessUnit(), published.title(), objectives,
                ContractTemplate.totalOf(costs), publishedAt(published, event));
    }

    /** The schema requires publishedAt; should it be missing, the event's time orders the template instead. */
    private static Instant publishedAt(ContractTemplatePublished published, EventEnvelope event) {
        if (published.publishedAt() != null) {
            return published.publishedAt();
        }
        return event.time() == null ? Instant.EPOCH : event.time().toInstant();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
