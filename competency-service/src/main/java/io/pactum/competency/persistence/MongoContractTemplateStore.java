package io.pactum.competency.persistence;

import io.pactum.competency.application.ContractTemplateStore;
import io.pactum.competency.domain.ContractTemplate;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoContractTemplateStore implements ContractTemplateStore {

    private final MongoTemplate mongo;

    MongoContractTemplateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(ContractTemplate template, String eventId) {
        ContractTemplateDocument d = new ContractTemplateDocument();
        d.templateId = template.templateId();
        d.eventId = eventId;
        d.businessUnit = template.businessUnit();
        d.title = template.title();
        d.objectives = template.objectives();
        d.totalPlannedCost = template.totalPlannedCost();
        d.publishedAt = template.publishedAt();
        try {
            mongo.insert(d);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public List<ContractTemplate> naming(Collection<String> competencyIds) {
        return mongo.find(Query.query(Criteria.where("objectives.competencyId").in(competencyIds)), ContractTemplateDocument.class)
                .stream().map(d -> new ContractTemplate(d.templateId, d.businessUnit, d.title, d.objectives,
                        d.totalPlannedCost, d.publishedAt)).toList();
    }
}
