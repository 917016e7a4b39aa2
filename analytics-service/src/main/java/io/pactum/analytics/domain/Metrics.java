package io.pactum.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/** The L&D metrics, each a plain formula over summed bucket figures (hand-checked in MetricsTest). */
public final class Metrics {

    private Metrics() {
    }

    /** (reserved + spent) / allocated in percent, one decimal; null without allocation. */
    public static BigDecimal utilisation(long allocated, long reserved, long spent) {
        return Percentages.percent(Math.addExact(reserved, spent), allocated);
    }

    /** Completed / (completed + failed + cancelled while active): of the contracts that ended after starting, the share that completed. */
    public static BigDecimal completionRate(Figures main) {
        long completed = main.count(Measures.COMPLETED);
        return Percentages.percent(completed, completed + main.count(Measures.FAILED) + main.count(Measures.CANCELLED_ACTIVE));
    }

    /** Milestones completed by their due date / every milestone whose outcome is known (on time, late, or reported missed). */
    public static BigDecimal milestoneOnTimeRate(Figures main) {
        long onTime = main.count(Measures.MILESTONES_ON_TIME);
        return Percentages.percent(onTime, onTime + main.count(Measures.MILESTONES_LATE) + main.count(Measures.MILESTONES_MISSED));
    }

    /** Check-ins held / check-ins due (held + reported missed). */
    public static BigDecimal checkInAdherence(Figures main) {
        long held = main.count(Measures.CHECK_INS_RECORDED);
        return Percentages.percent(held, held + main.count(Measures.CHECK_INS_MISSED));
    }

    /** The median days from proposal to signature (one decimal), from the histogram in tenths of a day; null when none. */
    public static BigDecimal medianDaysToSignature(Figures main) {
        BigDecimal tenths = median(main.histogram(Measures.SIGNATURE_TENTHS_OF_DAYS));
        return tenths == null ? null : tenths.divide(BigDecimal.TEN, 1, RoundingMode.HALF_UP);
    }

    /** The median of a histogram (value → count): the middle value, or the mean of the two middle values. */
    public static BigDecimal median(Map<Long, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        TreeMap<Long, Long> sorted = new TreeMap<>(histogram);
        long lower = valueAt(sorted, (n - 1) / 2);
        long upper = valueAt(sorted, n / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static long valueAt(TreeMap<Long, Long> sorted, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : sorted.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }

    /** Cost per level gained in minor units (half up); null when no level was gained. */
    public static Long costPerLevel(long costMinor, long levelsGained) {
        return Percentages.share(costMinor, levelsGained);
    }

    /** Levels gained per 1,000 units of the currency spent (one decimal); null when nothing was spent. */
    public static BigDecimal levelsPerThousand(long levelsGained, long costMinor, String currency) {
        if (costMinor == 0) {
            return null;
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal thousands = BigDecimal.valueOf(costMinor).movePointLeft(digits).divide(BigDecimal.valueOf(1000));
        return BigDecimal.valueOf(levelsGained).divide(thousands, 1, RoundingMode.HALF_UP);
    }

    /**
     * The currency a slice reports in: the one holding most money over the figures (by absolute amounts,
     * ties alphabetically); null when there is no money.
     */
    public static String dominantCurrency(Collection<Figures> figures) {
        Map<String, Long> weight = new TreeMap<>();
        for (Figures f : figures) {
            f.money().forEach((currency, names) -> names.values().forEach(
                    minor -> weight.merge(currency, Math.abs(minor), Math::addExact)));
        }
        return weight.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
