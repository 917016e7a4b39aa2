package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each metric with numbers computed by hand. */
class MetricsTest {

    @Test
    void utilisation_is_reserved_plus_spent_over_allocated() {
        // (300 + 1,000) / 2,000 = 65 %
        assertThat(Metrics.utilisation(200_000, 30_000, 100_000)).isEqualByComparingTo("65.0");
        // (1 + 0) / 3 = 33.33… → 33.3; (2 + 0) / 3 = 66.66… → 66.7
        assertThat(Metrics.utilisation(3, 1, 0)).isEqualByComparingTo("33.3");
        assertThat(Metrics.utilisation(3, 2, 0)).isEqualByComparingTo("66.7");
        // half up: 1 / 16 = 6.25 → 6.3
        assertThat(Metrics.utilisation(16, 1, 0)).isEqualByComparingTo("6.3");
        assertThat(Metrics.utilisation(0, 10, 10)).isNull();
    }

    @Test
    void completion_rate_counts_contracts_that_ended_after_starting() {
        Figures main = new Figures().add(Measures.COMPLETED, 3).add(Measures.FAILED, 1);
        assertThat(Metrics.completionRate(main)).isEqualByComparingTo("75.0");
        main.add(Measures.CANCELLED_ACTIVE, 2); // 3 / 6
        assertThat(Metrics.completionRate(main)).isEqualByComparingTo("50.0");
        assertThat(Metrics.completionRate(new Figures())).isNull();
    }

    @Test
    void milestones_on_time_over_every_milestone_with_a_known_outcome() {
        // 4 on time, 1 late without a miss report, 3 reported missed → 4 / 8 = 50 %
        Figures main = new Figures().add(Measures.MILESTONES_ON_TIME, 4).add(Measures.MILESTONES_LATE, 1)
                .add(Measures.MILESTONES_MISSED, 3);
        assertThat(Metrics.milestoneOnTimeRate(main)).isEqualByComparingTo("50.0");
        assertThat(Metrics.milestoneOnTimeRate(new Figures())).isNull();
    }

    @Test
    void check_in_adherence_is_held_over_due() {
        // 9 held, 1 missed → 90 %; 2 held, 1 missed → 66.7 %
        assertThat(Metrics.checkInAdherence(new Figures().add(Measures.CHECK_INS_RECORDED, 9).add(Measures.CHECK_INS_MISSED, 1)))
                .isEqualByComparingTo("90.0");
        assertThat(Metrics.checkInAdherence(new Figures().add(Measures.CHECK_INS_RECORDED, 2).add(Measures.CHECK_INS_MISSED, 1)))
                .isEqualByComparingTo("66.7");
    }

    @Test
    void median_days_to_signature_from_the_histogram_in_tenths_of_a_day() {
        Figures odd = new Figures();
        odd.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 10, 1);  // 1.0 day
        odd.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 25, 1);  // 2.5 days
        odd.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 70, 1);  // 7.0 days
        assertThat(Metrics.medianDaysToSignature(odd)).isEqualByComparingTo("2.5");
        Figures even = new Figures();
        even.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 10, 2); // 1.0, 1.0
        even.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 25, 1); // 2.5
        even.addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, 70, 1); // 7.0 → middle 1.0 and 2.5 → 1.75 → 1.8
        assertThat(Metrics.medianDaysToSignature(even)).isEqualByComparingTo("1.8");
        assertThat(Metrics.medianDaysToSignature(new Figures())).isNull();
        assertThat(Metrics.median(Map.of(3L, 1L))).isEqualByComparingTo("3.0");
    }

    @Test
    void cost_per_level_and_levels_per_thousand() {
        // 2,500.00 EUR for 5 levels: 500.00 per level, 5 / 2.5 = 2.0 levels per 1,000 EUR
        assertThat(Metrics.costPerLevel(250_000, 5)).isEqualTo(50_000);
        assertThat(Metrics.levelsPerThousand(5, 250_000, "EUR")).isEqualByComparingTo("2.0");
        // 1,000.00 for 3 levels: 333.333… → 333.33; 3 per 1,000
        assertThat(Metrics.costPerLevel(100_000, 3)).isEqualTo(33_333);
        assertThat(Metrics.levelsPerThousand(3, 100_000, "EUR")).isEqualByComparingTo("3.0");
        // 7 levels for 3,000.00 → 2.333… → 2.3; yen have no minor unit: 7 levels for ¥3,000 → 2.3 as well
        assertThat(Metrics.levelsPerThousand(7, 300_000, "EUR")).isEqualByComparingTo("2.3");
        assertThat(Metrics.levelsPerThousand(7, 3_000, "JPY")).isEqualByComparingTo("2.3");
        assertThat(Metrics.costPerLevel(100_000, 0)).isNull();
        assertThat(Metrics.levelsPerThousand(3, 0, "EUR")).isNull();
    }

    @Test
    void the_slice_reports_in_the_currency_holding_most_money() {
        Figures eur = new Figures().addMoney("EUR", Measures.ALLOCATED, 500_000);
        Figures sek = new Figures().addMoney("SEK", Measures.ALLOCATED, 400_000).addMoney("SEK", Measures.SPENT, 200_000);
        assertThat(Metrics.dominantCurrency(List.of(eur, sek))).isEqualTo("SEK");
        assertThat(Metrics.dominantCurrency(List.of(new Figures()))).isNull();
    }

    @Test
    void periods_and_the_months_they_sum() {
        assertThat(FiscalPeriod.parse(null)).isEqualTo(FiscalPeriod.YEAR);
        assertThat(FiscalPeriod.parse("Q2").months()).containsExactly(4, 5, 6);
        assertThat(FiscalPeriod.parse("Q2").monthsToDate()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(FiscalPeriod.parse("M03").months()).containsExactly(3);
        assertThat(FiscalPeriod.periodsOf(11)).containsExactly("M11", "Q4", "YEAR");
        // a stock as at the end of the period adds up at most four buckets
        assertThat(FiscalPeriod.YEAR.toDateBuckets()).containsExactly("YEAR");
        assertThat(FiscalPeriod.parse("Q1").toDateBuckets()).containsExactly("Q1");
        assertThat(FiscalPeriod.parse("Q3").toDateBuckets()).containsExactly("Q1", "Q2", "Q3");
        assertThat(FiscalPeriod.parse("M03").toDateBuckets()).containsExactly("M01", "M02", "M03");
        assertThat(FiscalPeriod.parse("M04").toDateBuckets()).containsExactly("Q1", "M04");
        assertThat(FiscalPeriod.parse("M12").toDateBuckets()).containsExactly("Q1", "Q2", "Q3", "M10", "M11", "M12");
        assertThat(FiscalPeriod.parse("M05").flowBucket()).isEqualTo("M05");
        assertThatThrownBy(() -> FiscalPeriod.parse("Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalPeriod.parse("M13")).isInstanceOf(IllegalArgumentException.class);
        // a contract for 2026 proposed in December 2025 counts in January; one acted on in 2027, in December
        assertThat(FiscalPeriod.monthIn(2026, java.time.Instant.parse("2025-12-15T10:00:00Z"))).isEqualTo(1);
        assertThat(FiscalPeriod.monthIn(2026, java.time.Instant.parse("2027-01-03T10:00:00Z"))).isEqualTo(12);
        assertThat(FiscalPeriod.monthIn(2026, java.time.Instant.parse("2026-06-30T23:59:59Z"))).isEqualTo(6);
    }

    @Test
    void a_tally_difference_added_to_the_old_gives_the_new() {
        RollupKey march = RollupKey.main("ENG", 2026, 3);
        RollupKey april = RollupKey.main("ENG", 2026, 4);
        Tally before = new Tally();
        before.at(march).add(Measures.status(ContractStatus.PROPOSED), 1);
        Tally after = new Tally();
        after.at(march).add(Measures.status(ContractStatus.PROPOSED), 1);
        after.at(april).add(Measures.status(ContractStatus.PROPOSED), -1).add(Measures.status(ContractStatus.SIGNED), 1);
        Tally delta = after.minus(before);
        assertThat(delta.keys()).containsExactly(april);
        assertThat(new Tally().plus(before).plus(delta)).isEqualTo(after);
        assertThat(after.minus(after).isEmpty()).isTrue();
    }
}
