package io.pactum.competency.persistence;

import io.pactum.competency.domain.ContractTemplate;
import io.pactum.events.Money;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contract template published in contract-service, as gap analysis needs it: only ever inserted, keyed by
 * the template id, so a redelivered ContractTemplatePublished (its id in {@code eventId}) cannot add a second.
 */
@Document(ContractTemplateDocument.COLLECTION)
class ContractTemplateDocument {

    static final String COLLECTION = "contract_templates";

    @Id
    String templateId;
    String eventId;
    String businessUnit;
    String title;
    List<ContractTemplate.Objective> objectives;
    Money totalPlannedCost;
    Instant publishedAt;
}
