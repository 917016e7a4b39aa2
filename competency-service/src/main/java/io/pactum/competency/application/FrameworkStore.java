package io.pactum.competency.application;

import io.pactum.competency.domain.CompetencyFramework;
import java.util.List;
import java.util.Optional;

/** Published framework versions; insert-only, since a published version never changes. */
public interface FrameworkStore {

    Optional<CompetencyFramework> latest(String frameworkId);

    Optional<CompetencyFramework> version(String frameworkId, int version);

    /** The latest version of every framework, by framework id. */
    List<CompetencyFramework> latestOfAll();

    /** @return false when this version of the framework exists already (published meanwhile) */
    boolean insert(CompetencyFramework framework);
}
