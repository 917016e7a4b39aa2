package io.pactum.analytics.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures per bucket. A fact document's contribution is a tally; the stored buckets are the sum of every
 * document's contribution, kept by adding the difference a change makes ({@link #minus}). A team's slice is
 * the same sum taken over its documents in memory.
 */
public final class Tally {

    private final Map<RollupKey, Figures> buckets = new TreeMap<>(Comparator.comparing(RollupKey::id));

    /** The bucket's figures, created empty on first use (to add to). */
    public Figures at(RollupKey key) {
        return buckets.computeIfAbsent(key, k -> new Figures());
    }

    /** The bucket's figures; empty when there are none. */
    public Figures get(RollupKey key) {
        Figures figures = buckets.get(key);
        return figures == null ? new Figures() : figures;
    }

    public Set<RollupKey> keys() {
        return buckets.keySet();
    }

    public Map<RollupKey, Figures> buckets() {
        return buckets;
    }

    public Tally plus(Tally other) {
        other.buckets.forEach((key, figures) -> {
            if (at(key).plus(figures).isEmpty()) {
                buckets.remove(key);
            }
        });
        return this;
    }

    /** What must be added to {@code before} to reach this tally. */
    public Tally minus(Tally before) {
        Tally delta = new Tally();
        buckets.forEach((key, figures) -> delta.at(key).plus(figures));
        before.buckets.forEach((key, figures) -> delta.at(key).plus(figures.negated()));
        delta.dropEmpty();
        return delta;
    }

    /**
     * Adds every monthly bucket of the kinds {@link RollupKind#summedOverPeriods summed over periods} to its quarter
     * and to the year as well (COMPETENCY does this itself, since people who gained are counted once per period).
     */
    public Tally withQuartersAndYear() {
        List<Map.Entry<RollupKey, Figures>> monthly = buckets.entrySet().stream()
                .filter(e -> e.getKey().kind().summedOverPeriods() && e.getKey().period().startsWith("M"))
                .map(e -> Map.entry(e.getKey(), e.getValue().copy())).toList();
        for (Map.Entry<RollupKey, Figures> e : monthly) {
            int month = Integer.parseInt(e.getKey().period().substring(1));
            List<String> periods = FiscalPeriod.periodsOf(month);
            at(e.getKey().inPeriod(periods.get(1))).plus(e.getValue());
            at(e.getKey().inPeriod(periods.get(2))).plus(e.getValue());
        }
        dropEmpty();
        return this;
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** The sum of the figures of the given buckets. */
    public Figures sum(Collection<RollupKey> keys) {
        Figures sum = new Figures();
        keys.forEach(key -> sum.plus(get(key)));
        return sum;
    }

    private void dropEmpty() {
        buckets.values().removeIf(Figures::isEmpty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && buckets.equals(t.buckets);
    }

    @Override
    public int hashCode() {
        return buckets.hashCode();
    }

    @Override
    public String toString() {
        return "Tally" + buckets;
    }
}
