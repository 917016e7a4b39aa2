package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PhillipsRoiTest {

    @Test
    void adjusted_benefit_is_benefit_times_isolation_times_confidence() {
        // 10,000.00 EUR × 80 % × 50 % = 4,000.00 EUR
        assertThat(PhillipsRoi.adjustedBenefit(1_000_000, new BigDecimal("80"), new BigDecimal("50"))).isEqualTo(400_000);
        // 1,234.56 × 62.5 % × 90 % = 694.44 (694.44 exactly: 123456 × 0.5625 = 69444.0)
        assertThat(PhillipsRoi.adjustedBenefit(123_456, new BigDecimal("62.5"), new BigDecimal("90"))).isEqualTo(69_444);
        // 0.01 × 50 % × 100 % = 0.005, half up → 0.01
        assertThat(PhillipsRoi.adjustedBenefit(1, new BigDecimal("50"), new BigDecimal("100"))).isEqualTo(1);
        // 0.01 × 49 % × 100 % = 0.0049 → 0.00
        assertThat(PhillipsRoi.adjustedBenefit(1, new BigDecimal("49"), new BigDecimal("100"))).isZero();
    }

    @Test
    void roi_and_benefit_cost_ratio_against_the_fully_loaded_cost() {
        // adjusted 4,000, cost 2,000 → ROI (4,000 − 2,000) / 2,000 × 100 = 100 %, BCR 2.00
        assertThat(PhillipsRoi.roiPercent(400_000, 200_000)).isEqualByComparingTo("100.0");
        assertThat(PhillipsRoi.benefitCostRatio(400_000, 200_000)).isEqualByComparingTo("2.00");
        // adjusted 1,000, cost 4,000 → −75 %, BCR 0.25
        assertThat(PhillipsRoi.roiPercent(100_000, 400_000)).isEqualByComparingTo("-75.0");
        assertThat(PhillipsRoi.benefitCostRatio(100_000, 400_000)).isEqualByComparingTo("0.25");
        // adjusted 1,000, cost 3,000 → −66.666… → −66.7; BCR 0.333… → 0.33
        assertThat(PhillipsRoi.roiPercent(100_000, 300_000)).isEqualByComparingTo("-66.7");
        assertThat(PhillipsRoi.benefitCostRatio(100_000, 300_000)).isEqualByComparingTo("0.33");
        // one decimal, half up: (2,000.25 − 1,600) / 1,600 = 25.015625 % → 25.0; (2,000.80 − 1,600) / 1,600 = 25.05 % → 25.1
        assertThat(PhillipsRoi.roiPercent(200_025, 160_000)).isEqualByComparingTo("25.0");
        assertThat(PhillipsRoi.roiPercent(200_080, 160_000)).isEqualByComparingTo("25.1");
    }

    @Test
    void without_costs_there_is_no_roi() {
        assertThat(PhillipsRoi.roiPercent(400_000, 0)).isNull();
        assertThat(PhillipsRoi.benefitCostRatio(400_000, 0)).isNull();
    }

    @Test
    void factors_are_percentages_between_0_and_100() {
        assertThatThrownBy(() -> PhillipsRoi.adjustedBenefit(100, new BigDecimal("101"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhillipsRoi.adjustedBenefit(100, BigDecimal.TEN, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_programs_return_sums_its_benefits_and_covers_the_kirkpatrick_levels_of_any() {
        Figures program = new Figures().add(Measures.CONTRACTS, 3).add(Measures.COMPLETED, 2)
                .addMoney("EUR", Measures.COST, 200_000);
        Benefit first = benefit(1_000_000, "80", "50", new Kirkpatrick(true, false, false, false));   // 4,000 adjusted
        Benefit second = benefit(300_000, "100", "50", new Kirkpatrick(false, false, true, false));   // 1,500 adjusted
        ProgramReturn r = ProgramReturn.of(program, "EUR").withBenefit(first).withBenefit(second);
        assertThat(r.benefitMinor()).isEqualTo(1_300_000);
        assertThat(r.adjustedMinor()).isEqualTo(550_000);
        // (5,500 − 2,000) / 2,000 = 175 %, BCR 2.75
        assertThat(r.roiPercent()).isEqualByComparingTo("175.0");
        assertThat(r.benefitCostRatio()).isEqualByComparingTo("2.75");
        assertThat(r.kirkpatrick()).isEqualTo(new Kirkpatrick(true, false, true, false));
        assertThat(r.contracts()).isEqualTo(3);
        assertThat(r.completed()).isEqualTo(2);
    }

    private static Benefit benefit(long minor, String isolation, String confidence, Kirkpatrick k) {
        return new Benefit("b", "t", null, "ENG", 2026, new io.pactum.events.Money(minor, "EUR"), new BigDecimal(isolation),
                new BigDecimal(confidence), k, null, "lars", java.time.Instant.EPOCH);
    }
}
