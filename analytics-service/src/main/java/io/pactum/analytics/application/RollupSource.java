package io.pactum.analytics.application;

import io.pactum.analytics.domain.Figures;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Buckets to read: the stored ones for business units, or a team's summed in memory. */
public interface RollupSource {

    /** The figures of the buckets that exist among the keys. */
    Map<RollupKey, Figures> figures(Collection<RollupKey> keys);

    /**
     * The dimensions (providers, activity types, competencies, programs, job roles) known per unit for the year
     * (0 for HEAD), all units in one read.
     */
    Map<String, Set<String>> dimensions(RollupKind kind, Collection<String> businessUnits, int fiscalYear);
}
