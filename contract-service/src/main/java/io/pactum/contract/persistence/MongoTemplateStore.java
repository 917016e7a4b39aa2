package io.pactum.contract.persistence;

import io.pactum.contract.application.ContractTemplates;
import io.pactum.contract.domain.ContractTemplate;
import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.events.contract.ContractTemplatePublished;
import java.util.List;
import org.bson.Document;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Published contract templates in the collection {@code contractTemplates}, stored as the domain records
 * (only inserted, never changed, so no version) with ContractTemplatePublished riding in the same insert
 * under the outbox field, for the relay to publish.
 */
@Repository
class MongoTemplateStore implements ContractTemplates.Store {

    static final String COLLECTION = "contractTemplates";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoTemplateStore(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public void insert(ContractTemplate template, ContractTemplatePublished published) {
        Document document = new Document();
        mongo.getConverter().write(template, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(List.of(outbox.pending(published))));
        writer.insert(document, COLLECTION);
    }

    @Override
    public Optional<ContractTemplate> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ContractTemplate.class, COLLECTION));
    }

    @Override
    public List<ContractTemplate> list(String businessUnit) {
        Query query = businessUnit == null ? new Query() : Query.query(Criteria.where("businessUnit").is(businessUnit));
        return mongo.find(query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))).limit(500),
                ContractTemplate.class, COLLECTION);
    }
}
