package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.competency.application.RoleProfileStore;
import io.pactum.competency.domain.RoleProfile;
import io.pactum.events.competency.RoleProfileChanged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoRoleProfileStore implements RoleProfileStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoRoleProfileStore(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public Optional<Stored> find(String jobRole) {
        return Optional.ofNullable(mongo.findById(jobRole, RoleProfileDocument.class)).map(d -> new Stored(toDomain(d), d.version));
    }

    @Override
    public Map<String, RoleProfile> findAll(Collection<String> jobRoles) {
        return mongo.find(Query.query(Criteria.where("_id").in(jobRoles)), RoleProfileDocument.class).stream()
                .map(MongoRoleProfileStore::toDomain).collect(Collectors.toMap(RoleProfile::jobRole, p -> p));
    }

    @Override
    public List<RoleProfile> all() {
        return mongo.find(new Query().with(Sort.by("_id")), RoleProfileDocument.class).stream()
                .map(MongoRoleProfileStore::toDomain).toList();
    }

    @Override
    public boolean insert(RoleProfile profile, RoleProfileChanged event) {
        RoleProfileDocument document = toDocument(profile);
        document.pendingEvents.add(outbox.pending(event));
        try {
            writer.insert(document, RoleProfileDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public boolean update(Stored before, RoleProfile after, RoleProfileChanged event) {
        return writer.update(RoleProfileDocument.COLLECTION, after.jobRole(), before.version(), toDocument(after),
                List.of(outbox.pending(event)), null);
    }

    private static RoleProfileDocument toDocument(RoleProfile p) {
        RoleProfileDocument d = new RoleProfileDocument();
        d.jobRole = p.jobRole();
        d.revision = p.revision();
        d.description = p.description();
        d.requirements = p.requirements();
        d.futureRoles = p.futureRoles();
        return d;
    }

    private static RoleProfile toDomain(RoleProfileDocument d) {
        return new RoleProfile(d.jobRole, d.revision, d.description, d.requirements, d.futureRoles);
    }
}
