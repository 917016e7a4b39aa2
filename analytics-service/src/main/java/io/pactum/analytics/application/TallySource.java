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
    public Map<String, Set<String>> dimensions(RollupKind kind, Collection<String> businessUnits, int fiscalYear) {
        Map<String, Set<String>> dimensions = new LinkedHashMap<>();
        for (RollupKey key : tally.keys()) {
            if (key.kind() == kind && businessUnits.contains(key.businessUnit()) && key.fiscalYear() == fiscalYear) {
                dimensions.computeIfAbsent(key.businessUnit(), u -> new TreeSet<>()).add(key.dimension());
            }
        }
        return dimensions;
    }
}
