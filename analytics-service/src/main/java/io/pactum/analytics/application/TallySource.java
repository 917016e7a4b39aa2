package io.pactum.analytics.application;

import io.pactum.analytics.domain.Figures;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import io.pactum.analytics.domain.Tally;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Buckets summed in memory, e.g. over a manager's team. */
record TallySource(Tally tally) implements RollupSource {

    @Override
    public Map<RollupKey, Figures> figures(Collection<RollupKey> keys) {
        Map<RollupKey, Figures> found = new LinkedHashMap<>();
        for (RollupKey key : keys) {
            if (tally.buckets().containsKey(key)) {
                found.put(key, tally.get(key));
            }
        }
        return found;
    }

    @Override
    public Set<String> dimensions(RollupKind kind, String businessUnit, int fiscalYear) {
        Set<String> dimensions = new TreeSet<>();
        for (RollupKey key : tally.keys()) {
            if (key.kind() == kind && key.businessUnit().equals(businessUnit) && key.fiscalYear() == fiscalYear) {
                dimensions.add(key.dimension());
            }
        }
        return dimensions;
    }
}
