package io.pactum.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.notification.application.UnitWebhooks;
import io.pactum.notification.domain.UnitWebhook;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@code unit_webhooks} collection: one document per business unit. */
@Repository
class MongoUnitWebhooks implements UnitWebhooks {

    static final String COLLECTION = "unit_webhooks";

    private final MongoTemplate mongo;

    MongoUnitWebhooks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UnitWebhook> of(String businessUnit) {
        return Optional.ofNullable(mongo.findById(businessUnit, UnitWebhookDocument.class, COLLECTION))
                .map(d -> new UnitWebhook(d.businessUnit(), d.url(), d.locale(), d.timeZone()));
    }

    @Override
    public void save(UnitWebhook webhook) {
        mongo.save(new UnitWebhookDocument(webhook.businessUnit(), webhook.url(), webhook.locale(), webhook.timeZone()),
                COLLECTION);
    }

    @Override
    public void remove(String businessUnit) {
        mongo.remove(query(where("_id").is(businessUnit)), COLLECTION);
    }
}
