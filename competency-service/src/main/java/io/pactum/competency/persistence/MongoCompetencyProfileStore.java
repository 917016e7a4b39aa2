package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.competency.application.CompetencyProfileStore;
import io.pactum.competency.domain.CompetencyProfile;
import io.pactum.events.competency.CompetencyLevelChanged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoCompetencyProfileStore implements CompetencyProfileStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoCompetencyProfileStore(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public Optional<Stored> find(String employeeId) {
        return Optional.ofNullable(mongo.findById(employeeId, CompetencyProfileDocument.class))
                .map(d -> new Stored(toDomain(d), d.version, Set.copyOf(d.appliedEventIds)));
    }

    @Override
    public Map<String, CompetencyProfile> findAll(Collection<String> employeeIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(employeeIds)), CompetencyProfileDocument.class).stream()
                .map(MongoCompetencyProfileStore::toDomain).collect(Collectors.toMap(CompetencyProfile::employeeId, p -> p));
    }

    @Override
    public boolean insert(CompetencyProfile profile, List<CompetencyLevelChanged> events, String causedBy) {
        CompetencyProfileDocument document = toDocument(profile);
        document.pendingEvents.addAll(outbox.pending(events));
        if (causedBy != null) {
            document.appliedEventIds.add(causedBy);
        }
        try {
            writer.insert(document, CompetencyProfileDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public boolean update(Stored before, CompetencyProfile after, List<CompetencyLevelChanged> events, String causedBy) {
        return writer.update(CompetencyProfileDocument.COLLECTION, after.employeeId(), before.version(), toDocument(after),
                outbox.pending(events), causedBy);
    }

    private static CompetencyProfileDocument toDocument(CompetencyProfile profile) {
        CompetencyProfileDocument d = new CompetencyProfileDocument();
        d.employeeId = profile.employeeId();
        d.history.addAll(profile.history());
        return d;
    }

    private static CompetencyProfile toDomain(CompetencyProfileDocument d) {
        return new CompetencyProfile(d.employeeId, d.history);
    }
}
