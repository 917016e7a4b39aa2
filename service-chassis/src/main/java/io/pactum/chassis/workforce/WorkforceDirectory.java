package io.pactum.chassis.workforce;

import io.pactum.events.EventEnvelope;
import io.pactum.events.workforce.EmployeeDeactivated;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * This service's local projection of the workforce directory: who is whose manager, in which business
 * unit, with which email, locale and time zone. Built from {@code EmployeeUpserted} and
 * {@code EmployeeDeactivated}; applying an event is one conditional upsert that only wins when the
 * event is newer than what is stored, so redelivered or reordered events change nothing.
 */
public class WorkforceDirectory {

    public static final String COLLECTION = "workforce";

    private final MongoTemplate mongo;

    public WorkforceDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<WorkforceMember> find(String employeeId) {
        return Optional.ofNullable(mongo.findById(employeeId, WorkforceMember.class, COLLECTION));
    }

    public List<WorkforceMember> directReports(String managerId) {
        return mongo.find(Query.query(Criteria.where("managerId").is(managerId)).with(Sort.by("_id")),
                WorkforceMember.class, COLLECTION);
    }

    public List<WorkforceMember> activeIn(String businessUnit) {
        return mongo.find(Query.query(Criteria.where("businessUnit").is(businessUnit).and("active").is(true))
                .with(Sort.by("_id")), WorkforceMember.class, COLLECTION);
    }

    /** True when {@code managerId} is the direct manager of {@code employeeId}. */
    public boolean isManagerOf(String managerId, String employeeId) {
        return find(employeeId).map(m -> managerId.equals(m.managerId())).orElse(false);
    }

    /** Applies a directory event; other events are ignored. */
    public void apply(EventEnvelope event) {
        Instant asOf = event.time() == null ? Instant.EPOCH : event.time().toInstant();
        switch (event.data()) {
            case EmployeeUpserted e -> upsertIfNewer(e.employeeId(), asOf, new Update()
                    .set("name", e.name())
                    .set("email", e.email())
                    .set("locale", e.locale())
                    .set("timeZone", e.timeZone())
                    .set("businessUnit", e.businessUnit())
                    .set("jobRole", e.jobRole())
                    .set("managerId", e.managerId())
                    .set("active", e.active()));
            case EmployeeDeactivated e -> upsertIfNewer(e.employeeId(), asOf, new Update().set("active", false));
            default -> {
            }
        }
    }

    private void upsertIfNewer(String employeeId, Instant asOf, Update update) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(employeeId).and("asOf").lt(asOf));
        try {
            mongo.upsert(olderOrAbsent, update.set("asOf", asOf), COLLECTION);
        } catch (DuplicateKeyException newerStateStored) {
            // the stored state is as new or newer: this event is a redelivery or arrived late
        }
    }
}
