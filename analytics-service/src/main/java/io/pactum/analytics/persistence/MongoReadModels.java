package io.pactum.analytics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.analytics.application.EventPosition;
import io.pactum.analytics.application.FactKind;
import io.pactum.analytics.application.ReadModelStore;
import io.pactum.analytics.application.RollupChange;
import io.pactum.analytics.application.RollupSource;
import io.pactum.analytics.application.StoredFacts;
import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.EmployeeFacts;
import io.pactum.analytics.domain.Figures;
import io.pactum.analytics.domain.GapHeatmap;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import io.pactum.chassis.messaging.AppliedEvents;
import io.pactum.events.competency.RequiredLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The read models in MongoDB, one set of collections per generation ({@code <name>_g<n>}):
 * <ul>
 *   <li>{@code contracts}, {@code accounts}, {@code employees}: one fact document each ({@code facts}, {@code version},
 *       {@code appliedEventIds}, {@code pending} bucket changes); contracts also keep {@code businessUnit},
 *       {@code atRisk}, {@code misses} and {@code lastMissedOn} for the at-risk list;</li>
 *   <li>{@code rollups}: the buckets (id {@code kind|unit|year|period|dimension}; {@code c}, {@code m}, {@code h},
 *       and {@code pos}: per source partition, the last offset taken) and per unit and year the dimensions known
 *       ({@code DIMS|kind|unit|year});</li>
 *   <li>{@code employee_contracts} (a person's contract ids, for team slices), {@code templates}, {@code role_profiles},
 *       {@code state} (events counted, latest event time).</li>
 * </ul>
 * Every read of the API goes by {@code _id} (buckets, dimensions, fact documents), which the embedded store and
 * MongoDB both answer from the id index. {@code analytics_state} says which generation is live.
 */
public class MongoReadModels implements ReadModelStore {

    static final String STATE = "analytics_state";
    private static final String CONTRACTS = "contracts";
    private static final String ACCOUNTS = "accounts";
    private static final String EMPLOYEES = "employees";
    private static final String EMPLOYEE_CONTRACTS = "employee_contracts";
    private static final String ROLLUPS = "rollups";
    private static final String TEMPLATES = "templates";
    private static final String ROLE_PROFILES = "role_profiles";
    private static final String EVENTS = "state";
    static final List<String> COLLECTIONS = List.of(CONTRACTS, ACCOUNTS, EMPLOYEES, EMPLOYEE_CONTRACTS, ROLLUPS, TEMPLATES,
            ROLE_PROFILES, EVENTS);
    private static final Set<RollupKind> WITH_DIMENSIONS = Set.of(RollupKind.PROVIDER, RollupKind.ACTIVITY,
            RollupKind.COMPETENCY, RollupKind.PROGRAM, RollupKind.HEAD);

    private final MongoTemplate mongo;

    public MongoReadModels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static String collection(String name, int generation) {
        return name + "_g" + generation;
    }

    // --- generations ---------------------------------------------------------------------------------------

    @Override
    public int activeGeneration() {
        Document state = mongo.findById("generation", Document.class, STATE);
        return state == null ? 1 : state.getInteger("active");
    }

    @Override
    public void prepare(int generation) {
        drop(generation);
        ensureIndexes(generation);
    }

    /** The index the at-risk list uses on MongoDB (the embedded store scans). */
    @Override
    public void ensureIndexes(int generation) {
        mongo.indexOps(collection(CONTRACTS, generation)).createIndex(new Index().named("at_risk_by_unit")
                .on("businessUnit", Sort.Direction.ASC).on("atRisk", Sort.Direction.ASC)
                .on("misses", Sort.Direction.DESC).on("lastMissedOn", Sort.Direction.DESC));
    }

    @Override
    public void activate(int generation) {
        mongo.upsert(query(where("_id").is("generation")), new Update().set("active", generation), STATE);
    }

    @Override
    public void drop(int generation) {
        COLLECTIONS.stream().map(name -> collection(name, generation)).filter(mongo::collectionExists).forEach(mongo::dropCollection);
    }

    // --- fact documents ------------------------------------------------------------------------------------

    @Override
    public <F> Optional<StoredFacts<F>> find(int generation, FactKind<F> kind, String id) {
        Document document = mongo.findById(id, Document.class, factCollection(kind, generation));
        return Optional.ofNullable(document).map(d -> stored(kind, d));
    }

    @Override
    public <F> boolean insert(int generation, FactKind<F> kind, String id, F facts, String eventId, RollupChange change) {
        Document document = new Document("_id", id).append("facts", write(facts)).append("version", 1L)
                .append(AppliedEvents.FIELD, List.of(eventId))
                .append("pending", change == null ? List.of() : List.of(pending(change)));
        derived(facts).forEach(document::append);
        try {
            mongo.insert(document, factCollection(kind, generation));
            return true;
        } catch (DuplicateKeyException existsAlready) {
            return false;
        }
    }

    @Override
    public <F> boolean update(int generation, FactKind<F> kind, StoredFacts<F> current, F facts, String eventId, RollupChange change) {
        Query unchanged = query(where("_id").is(current.id()).and("version").is(current.version())
                .andOperator(AppliedEvents.notYetApplied(eventId)));
        Update update = AppliedEvents.recordApplied(new Update().set("facts", write(facts)).inc("version", 1L), eventId);
        if (change != null) {
            update.push("pending", pending(change));
        }
        derived(facts).forEach(update::set);
        return mongo.updateFirst(unchanged, update, factCollection(kind, generation)).getModifiedCount() == 1;
    }

    @Override
    public void applyToBuckets(int generation, RollupChange change) {
        String rollups = collection(ROLLUPS, generation);
        String position = "pos." + change.source();
        Map<String, Set<String>> dimensions = new TreeMap<>();
        change.delta().buckets().forEach((key, figures) -> {
            Query notYetTaken = query(where("_id").is(key.id()).and(position).not().gte(change.offset()));
            Update update = new Update().set(position, change.offset());
            BucketDocuments.key(key).forEach(update::set);
            BucketDocuments.increments(figures).forEach(update::inc);
            try {
                mongo.upsert(notYetTaken, update, rollups);
            } catch (DuplicateKeyException takenAlready) {
                // the bucket took this change (or a later one from the same partition) before
            }
            if (WITH_DIMENSIONS.contains(key.kind())) {
                dimensions.computeIfAbsent(dimensionsId(key.kind(), key.businessUnit(), key.fiscalYear()), d -> new TreeSet<>())
                        .add(key.dimension());
            }
        });
        dimensions.forEach((id, values) -> mongo.upsert(query(where("_id").is(id)),
                new Update().set("kind", "DIMS").addToSet("values").each(values.toArray()), rollups));
    }

    @Override
    public void clearPending(int generation, FactKind<?> kind, String id, String eventId) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().pull("pending", new Document("eventId", eventId)),
                factCollection(kind, generation));
    }

    @Override
    public void linkContract(int generation, String employeeId, String contractId) {
        mongo.upsert(query(where("_id").is(employeeId)), new Update().addToSet("contractIds", contractId),
                collection(EMPLOYEE_CONTRACTS, generation));
    }

    @Override
    public void saveTemplate(int generation, String templateId, String title, String businessUnit) {
        mongo.upsert(query(where("_id").is(templateId)), new Update().set("title", title).set("businessUnit", businessUnit),
                collection(TEMPLATES, generation));
    }

    @Override
    public void saveRoleProfile(int generation, String jobRole, int version, List<RequiredLevel> requirements) {
        List<Document> required = requirements.stream().map(r -> new Document("competencyId", r.competencyId())
                .append("level", r.level()).append("weight", r.weight())).toList();
        try {
            mongo.upsert(query(where("_id").is(jobRole).and("version").lt(version)),
                    new Update().set("version", version).set("requirements", required), collection(ROLE_PROFILES, generation));
        } catch (DuplicateKeyException sameOrNewerStored) {
            // a redelivery, or an older version arriving late
        }
    }

    @Override
    public void countEvent(int generation, EventPosition position, Instant occurredAt) {
        String seen = "pos.record@" + position.partitionName();
        try {
            mongo.upsert(query(where("_id").is("events").and(seen).not().gte(position.offset())),
                    new Update().inc("eventsApplied", 1L).max("lastEventAt", Date.from(occurredAt)).set(seen, position.offset()),
                    collection(EVENTS, generation));
        } catch (DuplicateKeyException countedAlready) {
            // this record was counted before
        }
    }

    // --- bulk load ---------------------------------------------------------------------------------------

    /**
     * Inserts fact documents wholesale into a generation that has none of them, in the shape the projections write
     * (no bucket changes pending). The benchmark fills its read models this way; the service itself only applies events.
     */
    public <F> void insertAll(int generation, FactKind<F> kind, Map<String, F> factsById, String eventId) {
        List<Document> documents = new ArrayList<>(factsById.size());
        factsById.forEach((id, facts) -> {
            Document document = new Document("_id", id).append("facts", write(facts)).append("version", 1L)
                    .append(AppliedEvents.FIELD, List.of(eventId)).append("pending", List.of());
            derived(facts).forEach(document::append);
            documents.add(document);
        });
        mongo.insert(documents, factCollection(kind, generation));
    }

    /** Inserts buckets (and their dimensions) wholesale into a generation that has none, for the benchmark's fill. */
    public void insertAll(int generation, io.pactum.analytics.domain.Tally buckets) {
        List<Document> documents = new ArrayList<>();
        Map<String, Set<String>> dimensions = new TreeMap<>();
        buckets.buckets().forEach((key, figures) -> {
            Document document = new Document("_id", key.id());
            BucketDocuments.key(key).forEach(document::append);
            BucketDocuments.figures(figures).forEach(document::append);
            documents.add(document.append("pos", new Document()));
            if (WITH_DIMENSIONS.contains(key.kind())) {
                dimensions.computeIfAbsent(dimensionsId(key.kind(), key.businessUnit(), key.fiscalYear()), d -> new TreeSet<>())
                        .add(key.dimension());
            }
        });
        dimensions.forEach((id, values) -> documents.add(new Document("_id", id).append("kind", "DIMS")
                .append("values", List.copyOf(values))));
        mongo.insert(documents, collection(ROLLUPS, generation));
    }

    /** Links people to their contracts wholesale (the benchmark's fill). */
    public void insertContractLinks(int generation, Map<String, List<String>> contractIdsByEmployee) {
        List<Document> documents = new ArrayList<>();
        contractIdsByEmployee.forEach((employee, ids) -> documents.add(new Document("_id", employee).append("contractIds", ids)));
        mongo.insert(documents, collection(EMPLOYEE_CONTRACTS, generation));
    }

    // --- reads ---------------------------------------------------------------------------------------------

    @Override
    public RollupSource buckets(int generation) {
        String rollups = collection(ROLLUPS, generation);
        return new RollupSource() {
            @Override
            public Map<RollupKey, Figures> figures(Collection<RollupKey> keys) {
                Map<String, RollupKey> byId = new HashMap<>();
                keys.forEach(key -> byId.put(key.id(), key));
                Map<RollupKey, Figures> found = new LinkedHashMap<>();
                if (byId.isEmpty()) {
                    return found;
                }
                for (Document bucket : mongo.find(query(where("_id").in(byId.keySet())), Document.class, rollups)) {
                    found.put(byId.get(bucket.getString("_id")), BucketDocuments.figuresOf(bucket));
                }
                return found;
            }

            @Override
            public Map<String, Set<String>> dimensions(RollupKind kind, Collection<String> businessUnits, int fiscalYear) {
                Map<String, String> unitById = new HashMap<>();
                businessUnits.forEach(unit -> unitById.put(dimensionsId(kind, unit, fiscalYear), unit));
                Map<String, Set<String>> dimensions = new LinkedHashMap<>();
                if (unitById.isEmpty()) {
                    return dimensions;
                }
                for (Document known : mongo.find(query(where("_id").in(unitById.keySet())), Document.class, rollups)) {
                    dimensions.put(unitById.get(known.getString("_id")), new TreeSet<>(known.getList("values", String.class)));
                }
                return dimensions;
            }
        };
    }

    @Override
    public List<ContractFacts> contracts(int generation, Collection<String> contractIds) {
        return facts(generation, FactKind.CONTRACT, contractIds);
    }

    @Override
    public Set<String> contractIdsOf(int generation, Collection<String> employeeIds) {
        Set<String> ids = new TreeSet<>();
        if (employeeIds.isEmpty()) {
            return ids;
        }
        mongo.find(query(where("_id").in(employeeIds)), Document.class, collection(EMPLOYEE_CONTRACTS, generation))
                .forEach(d -> ids.addAll(d.getList("contractIds", String.class)));
        return ids;
    }

    @Override
    public List<BudgetAccountFacts> accounts(int generation, Collection<String> accountIds) {
        return facts(generation, FactKind.ACCOUNT, accountIds);
    }

    @Override
    public List<EmployeeFacts> employees(int generation, Collection<String> employeeIds) {
        return facts(generation, FactKind.EMPLOYEE, employeeIds);
    }

    @Override
    public List<ContractFacts> atRisk(int generation, Set<String> businessUnits, int limit) {
        Query worstFirst = query(where("businessUnit").in(businessUnits).and("atRisk").is(true))
                .with(Sort.by(Sort.Order.desc("misses"), Sort.Order.desc("lastMissedOn"), Sort.Order.asc("_id")))
                .limit(limit);
        return mongo.find(worstFirst, Document.class, collection(CONTRACTS, generation)).stream()
                .map(d -> stored(FactKind.CONTRACT, d).facts()).toList();
    }

    @Override
    public Map<String, Template> templates(int generation, Collection<String> templateIds) {
        Map<String, Template> templates = new HashMap<>();
        if (templateIds.isEmpty()) {
            return templates;
        }
        mongo.find(query(where("_id").in(templateIds)), Document.class, collection(TEMPLATES, generation)).forEach(d ->
                templates.put(d.getString("_id"), new Template(d.getString("_id"), d.getString("title"), d.getString("businessUnit"))));
        return templates;
    }

    @Override
    public List<GapHeatmap.Requirement> requirements(int generation, Collection<String> jobRoles) {
        List<GapHeatmap.Requirement> requirements = new ArrayList<>();
        if (jobRoles.isEmpty()) {
            return requirements;
        }
        for (Document profile : mongo.find(query(where("_id").in(jobRoles)), Document.class, collection(ROLE_PROFILES, generation))) {
            for (Document r : profile.getList("requirements", Document.class)) {
                requirements.add(new GapHeatmap.Requirement(profile.getString("_id"), r.getString("competencyId"), r.getInteger("level")));
            }
        }
        return requirements;
    }

    @Override
    public Freshness freshness(int generation) {
        Document events = mongo.findById("events", Document.class, collection(EVENTS, generation));
        if (events == null) {
            return new Freshness(0, null);
        }
        Date last = events.getDate("lastEventAt");
        return new Freshness(((Number) events.get("eventsApplied")).longValue(), last == null ? null : last.toInstant());
    }

    // --- mapping -------------------------------------------------------------------------------------------

    private <F> List<F> facts(int generation, FactKind<F> kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("_id").in(ids)).with(Sort.by("_id")), Document.class, factCollection(kind, generation))
                .stream().map(d -> stored(kind, d).facts()).toList();
    }

    private <F> StoredFacts<F> stored(FactKind<F> kind, Document document) {
        F facts = mongo.getConverter().read(kind.type(), document.get("facts", Document.class));
        List<RollupChange> pending = document.getList("pending", Document.class, List.of()).stream()
                .map(p -> new RollupChange(p.getString("eventId"), p.getString("source"), ((Number) p.get("offset")).longValue(),
                        BucketDocuments.tallyOf(p.getList("buckets", Document.class))))
                .toList();
        Object version = document.get("version");
        return new StoredFacts<>(document.getString("_id"), facts, ((Number) version).longValue(),
                document.getList(AppliedEvents.FIELD, String.class, List.of()), pending);
    }

    private Document write(Object facts) {
        Document document = new Document();
        mongo.getConverter().write(facts, document);
        document.remove("_class");
        return document;
    }

    private static Document pending(RollupChange change) {
        return new Document("eventId", change.eventId()).append("source", change.source()).append("offset", change.offset())
                .append("buckets", BucketDocuments.tally(change.delta()));
    }

    /** Fields kept beside a contract's facts for the at-risk list. */
    private static Map<String, Object> derived(Object facts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (facts instanceof ContractFacts contract) {
            LocalDate lastMissed = contract.lastMissedOn();
            fields.put("businessUnit", contract.businessUnit());
            fields.put("employeeId", contract.employeeId());
            fields.put("atRisk", contract.atRisk());
            fields.put("misses", contract.milestonesMissed().size() + contract.checkInsMissed().size());
            fields.put("lastMissedOn", lastMissed == null ? null : lastMissed.toString());
        }
        return fields;
    }

    private static String factCollection(FactKind<?> kind, int generation) {
        String name = switch (kind.name()) {
            case "contract" -> CONTRACTS;
            case "account" -> ACCOUNTS;
            case "employee" -> EMPLOYEES;
            default -> throw new IllegalArgumentException("no collection for " + kind.name());
        };
        return collection(name, generation);
    }

    private static String dimensionsId(RollupKind kind, String businessUnit, int fiscalYear) {
        return "DIMS|" + kind + "|" + businessUnit + "|" + fiscalYear;
    }
}
