package io.pactum.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Return on investment after Jack Phillips: the annual monetary benefit L&D attributes to a program or contract
 * is adjusted for isolation (the share caused by the learning, not by other factors) and for the estimate's
 * confidence; the fully loaded cost comes from the budget ledger.
 * <ul>
 *   <li>adjusted benefit = benefit × isolation % × confidence % (rounded half up to minor units)</li>
 *   <li>ROI % = (adjusted benefits − costs) / costs × 100 (one decimal)</li>
 *   <li>benefit/cost ratio = adjusted benefits / costs (two decimals)</li>
 * </ul>
 * Without costs there is no ROI (null).
 */
public final class PhillipsRoi {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private PhillipsRoi() {
    }

    public static long adjustedBenefit(long benefitMinor, BigDecimal isolationPercent, BigDecimal confidencePercent) {
        requirePercent(isolationPercent, "isolation");
        requirePercent(confidencePercent, "confidence");
        return BigDecimal.valueOf(benefitMinor).multiply(isolationPercent).multiply(confidencePercent)
                .divide(TEN_THOUSAND, 0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal roiPercent(long adjustedBenefitsMinor, long costsMinor) {
        return Percentages.percent(Math.subtractExact(adjustedBenefitsMinor, costsMinor), costsMinor);
    }

    public static BigDecimal benefitCostRatio(long adjustedBenefitsMinor, long costsMinor) {
        return Percentages.ratio(adjustedBenefitsMinor, costsMinor, 2);
    }

    private static void requirePercent(BigDecimal percent, String what) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 100 %, was " + percent);
        }
    }
}
