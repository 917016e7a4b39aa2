package io.pactum.competency.persistence;

import io.pactum.competency.application.FrameworkStore;
import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.FrameworkDraft;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoFrameworkStore implements FrameworkStore {

    private final MongoTemplate mongo;

    MongoFrameworkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CompetencyFramework> latest(String frameworkId) {
        Query query = Query.query(Criteria.where("frameworkId").is(frameworkId)).with(Sort.by(Sort.Direction.DESC, "version"));
        return Optional.ofNullable(mongo.findOne(query, FrameworkDocument.class)).map(MongoFrameworkStore::toDomain);
    }

    @Override
    public Optional<CompetencyFramework> version(String frameworkId, int version) {
        return Optional.ofNullable(mongo.findById(frameworkId + "@" + version, FrameworkDocument.class))
                .map(MongoFrameworkStore::toDomain);
    }

    @Override
    public List<CompetencyFramework> latestOfAll() {
        // few frameworks with few versions each: reading them all beats an aggregation the embedded store may not run alike
        Map<String, FrameworkDocument> latest = mongo.findAll(FrameworkDocument.class).stream().collect(Collectors.toMap(
                d -> d.frameworkId, Function.identity(), (a, b) -> a.version >= b.version ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(d -> d.frameworkId)).map(MongoFrameworkStore::toDomain).toList();
    }

    @Override
    public boolean insert(CompetencyFramework framework) {
        FrameworkDocument d = new FrameworkDocument();
        FrameworkDraft content = framework.content();
        d.id = content.id() + "@" + framework.version();
        d.frameworkId = content.id();
        d.version = framework.version();
        d.title = content.title();
        d.description = content.description();
        d.identifier = content.identifier();
        d.scale = content.scale();
        d.nodes = content.nodes();
        d.publishedBy = framework.publishedBy();
        d.publishedAt = framework.publishedAt();
        try {
            mongo.insert(d);
            return true;
        } catch (DuplicateKeyException published) {
            return false;
        }
    }

    private static CompetencyFramework toDomain(FrameworkDocument d) {
        return new CompetencyFramework(new FrameworkDraft(d.frameworkId, d.title, d.description, d.identifier, d.scale, d.nodes),
                d.version, d.publishedBy, d.publishedAt);
    }
}
