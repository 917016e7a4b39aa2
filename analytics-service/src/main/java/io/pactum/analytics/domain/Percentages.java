package io.pactum.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact shares: integer inputs, BigDecimal results rounded half up. Never a double. */
public final class Percentages {

    private Percentages() {
    }

    /** part / whole in percent with one decimal; null when whole is 0 (nothing to compare with). */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** numerator / denominator with the given decimals; null when the denominator is 0. */
    public static BigDecimal ratio(long numerator, long denominator, int decimals) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }

    /** amount / count in whole minor units, half up; null when count is 0. */
    public static Long share(long amountMinor, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(amountMinor).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
