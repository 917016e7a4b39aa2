package io.pactum.competency.application;

import io.pactum.competency.domain.ContractTemplate;
import java.util.Collection;
import java.util.List;

/** This service's copy of the contract templates published in contract-service, one per template id. */
public interface ContractTemplateStore {

    /**
     * Stores the template in one insert with the id of the event that announced it.
     *
     * @return false when a template with its id is stored already (a redelivery): nothing was written
     */
    boolean add(ContractTemplate template, String eventId);

    /** The templates with an objective in any of the competencies, of every business unit. */
    List<ContractTemplate> naming(Collection<String> competencyIds);
}
