package io.pactum.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.notification.application.SignedContracts;
import io.pactum.notification.domain.SignedContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@code signed_contracts} collection: one document per contract, each change one conditional single-document write. */
@Repository
class MongoSignedContracts implements SignedContracts {

    static final String COLLECTION = "signed_contracts";

    private final MongoTemplate mongo;

    MongoSignedContracts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(SignedContract c) {
        try {
            mongo.insert(new SignedContractDocument(c.contractId(), c.employeeId(), c.revision(), c.title(), c.businessUnit(),
                    milestones(c), c.checkInEveryDays(), text(c.start()), text(c.end()), null), COLLECTION);
        } catch (DuplicateKeyException known) {
            // a newer revision replaces the terms; the same or an older one (redelivered, late) changes nothing
            mongo.updateFirst(query(where("_id").is(c.contractId()).and("revision").lt(c.revision())), new Update()
                    .set("revision", c.revision()).set("title", c.title()).set("businessUnit", c.businessUnit())
                    .set("milestones", milestones(c))
                    .set("checkInEveryDays", c.checkInEveryDays()).set("start", text(c.start())).set("end", text(c.end())),
                    COLLECTION);
        }
    }

    @Override
    public Optional<SignedContract> find(String contractId) {
        return Optional.ofNullable(mongo.findById(contractId, SignedContractDocument.class, COLLECTION))
                .map(MongoSignedContracts::signed);
    }

    @Override
    public Optional<SignedContract> checkedIn(String contractId, Instant recordedAt) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(contractId)),
                new Update().max("lastCheckInAt", recordedAt), FindAndModifyOptions.options().returnNew(true),
                SignedContractDocument.class, COLLECTION)).map(MongoSignedContracts::signed);
    }

    private static List<SignedContractDocument.Milestone> milestones(SignedContract c) {
        return c.milestones().stream().map(m -> new SignedContractDocument.Milestone(m.milestoneId(), m.title(),
                m.dueDate().toString())).toList();
    }

    private static SignedContract signed(SignedContractDocument d) {
        return new SignedContract(d.contractId(), d.employeeId(), d.revision(), d.title(), d.businessUnit(),
                d.milestones() == null ? null : d.milestones().stream().map(m -> new SignedContract.DueMilestone(
                        m.milestoneId(), m.title(), LocalDate.parse(m.dueDate()))).toList(),
                d.checkInEveryDays(), date(d.start()), date(d.end()), d.lastCheckInAt());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
