package io.pactum.analytics.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one bucket holds: counters, money per currency (integer minor units) and histograms (value → how
 * many). Zero entries are dropped, so two buckets with the same figures are equal however they were reached.
 * A mutable accumulator: build it, then read it.
 */
public final class Figures {

    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Map<String, Long>> money = new TreeMap<>();
    private final Map<String, Map<Long, Long>> histograms = new TreeMap<>();

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public long money(String currency, String name) {
        return money.getOrDefault(currency, Map.of()).getOrDefault(name, 0L);
    }

    public Set<String> currencies() {
        return Collections.unmodifiableSet(money.keySet());
    }

    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** currency → name → minor units */
    public Map<String, Map<String, Long>> money() {
        return Collections.unmodifiableMap(money);
    }

    public Map<String, Map<Long, Long>> histograms() {
        return Collections.unmodifiableMap(histograms);
    }

    public Map<Long, Long> histogram(String name) {
        return Collections.unmodifiableMap(histograms.getOrDefault(name, Map.of()));
    }

    public Figures add(String counter, long delta) {
        put(counts, counter, delta);
        return this;
    }

    public Figures addMoney(String currency, String name, long minor) {
        if (minor != 0) {
            Map<String, Long> ofCurrency = money.computeIfAbsent(currency, c -> new TreeMap<>());
            put(ofCurrency, name, minor);
            if (ofCurrency.isEmpty()) {
                money.remove(currency);
            }
        }
        return this;
    }

    public Figures addToHistogram(String name, long value, long delta) {
        if (delta != 0) {
            Map<Long, Long> histogram = histograms.computeIfAbsent(name, h -> new TreeMap<>());
            put(histogram, value, delta);
            if (histogram.isEmpty()) {
                histograms.remove(name);
            }
        }
        return this;
    }

    /** Adds the other figures to these (in place). */
    public Figures plus(Figures other) {
        other.counts.forEach(this::add);
        other.money.forEach((currency, names) -> names.forEach((name, minor) -> addMoney(currency, name, minor)));
        other.histograms.forEach((name, values) -> values.forEach((value, n) -> addToHistogram(name, value, n)));
        return this;
    }

    public Figures negated() {
        Figures negated = new Figures();
        counts.forEach((name, n) -> negated.add(name, -n));
        money.forEach((currency, names) -> names.forEach((name, minor) -> negated.addMoney(currency, name, -minor)));
        histograms.forEach((name, values) -> values.forEach((value, n) -> negated.addToHistogram(name, value, -n)));
        return negated;
    }

    public Figures copy() {
        return new Figures().plus(this);
    }

    public boolean isEmpty() {
        return counts.isEmpty() && money.isEmpty() && histograms.isEmpty();
    }

    private static <K> void put(Map<K, Long> map, K key, long delta) {
        if (delta == 0) {
            return;
        }
        long sum = Math.addExact(map.getOrDefault(key, 0L), delta);
        if (sum == 0) {
            map.remove(key);
        } else {
            map.put(key, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && counts.equals(f.counts) && money.equals(f.money) && histograms.equals(f.histograms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, money, histograms);
    }

    @Override
    public String toString() {
        return "Figures{counts=" + counts + ", money=" + money + ", histograms=" + histograms + "}";
    }
}
