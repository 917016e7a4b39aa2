package io.pactum.analytics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.analytics.application.BenefitStore;
import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.Kirkpatrick;
import io.pactum.events.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Benefits in the {@code benefits} collection, one insert each (nothing else to keep consistent). Not part of a
 * generation: they are entered by L&D, not derived from events. Percentages are kept as decimal strings (exact).
 */
public class MongoBenefits implements BenefitStore {

    static final String COLLECTION = "benefits";

    private final MongoTemplate mongo;

    public MongoBenefits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Benefit b) {
        Document kirkpatrick = new Document("reaction", b.kirkpatrick().reaction()).append("learning", b.kirkpatrick().learning())
                .append("behaviour", b.kirkpatrick().behaviour()).append("results", b.kirkpatrick().results());
        mongo.insert(new Document("_id", b.id()).append("programId", b.programId()).append("contractId", b.contractId())
                .append("businessUnit", b.businessUnit()).append("fiscalYear", b.fiscalYear())
                .append("annualBenefit", new Document("amountMinor", b.annualBenefit().amountMinor())
                        .append("currency", b.annualBenefit().currency()))
                .append("isolationPercent", b.isolationPercent().toPlainString())
                .append("confidencePercent", b.confidencePercent().toPlainString())
                .append("kirkpatrick", kirkpatrick).append("note", b.note()).append("recordedBy", b.recordedBy())
                .append("recordedAt", Date.from(b.recordedAt())), COLLECTION);
    }

    @Override
    public List<Benefit> ofUnits(Collection<String> businessUnits, Integer fiscalYear) {
        return find(where("businessUnit").in(businessUnits), fiscalYear);
    }

    @Override
    public List<Benefit> ofContracts(Collection<String> contractIds, Integer fiscalYear) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return find(where("contractId").in(contractIds), fiscalYear);
    }

    private List<Benefit> find(Criteria criteria, Integer fiscalYear) {
        if (fiscalYear != null) {
            criteria = criteria.and("fiscalYear").is(fiscalYear);
        }
        return mongo.find(query(criteria).with(Sort.by("recordedAt", "_id")), Document.class, COLLECTION).stream()
                .map(MongoBenefits::benefit).toList();
    }

    private static Benefit benefit(Document d) {
        Document money = d.get("annualBenefit", Document.class);
        Document k = d.get("kirkpatrick", Document.class);
        return new Benefit(d.getString("_id"), d.getString("programId"), d.getString("contractId"), d.getString("businessUnit"),
                d.getInteger("fiscalYear"), new Money(((Number) money.get("amountMinor")).longValue(), money.getString("currency")),
                new BigDecimal(d.getString("isolationPercent")), new BigDecimal(d.getString("confidencePercent")),
                new Kirkpatrick(k.getBoolean("reaction"), k.getBoolean("learning"), k.getBoolean("behaviour"), k.getBoolean("results")),
                d.getString("note"), d.getString("recordedBy"), d.getDate("recordedAt").toInstant());
    }
}
