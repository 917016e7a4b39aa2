package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.competency.application.EmployeeStore;
import io.pactum.competency.domain.Employee;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeStore implements EmployeeStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoEmployeeStore(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public Optional<Stored> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EmployeeDocument.class)).map(d -> new Stored(toDomain(d), d.version));
    }

    @Override
    public boolean insert(Employee employee) {
        EmployeeDocument document = toDocument(employee);
        document.pendingEvents.add(outbox.pending(employee.upserted()));
        try {
            writer.insert(document, EmployeeDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public boolean update(Stored before, Employee after) {
        return writer.update(EmployeeDocument.COLLECTION, after.id(), before.version(), toDocument(after),
                List.of(outbox.pending(after.upserted())), null);
    }

    @Override
    public List<Employee> activeIn(String businessUnit) {
        return mongo.find(Query.query(Criteria.where("businessUnit").is(businessUnit).and("active").is(true))
                .with(Sort.by("_id")), EmployeeDocument.class).stream().map(MongoEmployeeStore::toDomain).toList();
    }

    @Override
    public Page search(List<String> ids, List<String> units, String businessUnit, int page, int size) {
        List<Criteria> visible = new ArrayList<>();
        visible.add(Criteria.where("_id").in(ids));
        if (!units.isEmpty()) {
            visible.add(Criteria.where("businessUnit").in(units));
        }
        Criteria criteria = new Criteria().orOperator(visible);
        if (businessUnit != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("businessUnit").is(businessUnit));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, EmployeeDocument.class);
        query.with(Sort.by("_id")).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, EmployeeDocument.class).stream().map(MongoEmployeeStore::toDomain).toList(), total);
    }

    private static EmployeeDocument toDocument(Employee e) {
        EmployeeDocument d = new EmployeeDocument();
        d.id = e.id();
        d.name = e.name();
        d.email = e.email();
        d.locale = e.locale();
        d.timeZone = e.timeZone();
        d.businessUnit = e.businessUnit();
        d.jobRole = e.jobRole();
        d.managerId = e.managerId();
        d.active = e.active();
        return d;
    }

    private static Employee toDomain(EmployeeDocument d) {
        return new Employee(d.id, d.name, d.email, d.locale, d.timeZone, d.businessUnit, d.jobRole, d.managerId, d.active);
    }
}
