package io.pactum.competency.persistence;

import io.pactum.competency.domain.FrameworkNode;
import io.pactum.competency.domain.ProficiencyLevel;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published framework version, id {@code <frameworkId>@<version>}. Insert-only: a published version is
 * never updated, so it needs neither a lock version nor pending events (frameworks publish no event).
 */
@Document(FrameworkDocument.COLLECTION)
@CompoundIndex(name = "framework_version", def = "{'frameworkId': 1, 'version': -1}", unique = true)
class FrameworkDocument {

    static final String COLLECTION = "frameworks";

    @Id
    String id;
    String frameworkId;
    int version;
    String title;
    String description;
    String identifier;
    List<ProficiencyLevel> scale;
    List<FrameworkNode> nodes;
    String publishedBy;
    Instant publishedAt;
}
