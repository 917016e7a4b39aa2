package io.pactum.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetReservationDeclined;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allocations by job role and pro-rated, and the year-end close with its carry-over, without Spring. */
class YearEndTest {

    private static final Instant NOW = Instant.parse("2026-12-31T18:00:00Z");
    private static final BudgetPolicy POLICY = new BudgetPolicy("ENG", 2026, "EUR", eur(200_000), eur(500_000),
            BudgetPolicy.Mode.RESTRICTIVE, Map.of("Staff Engineer", eur(350_000)), 25);

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    @Test
    void the_allocation_depends_on_the_job_role_and_the_months_left() {
        assertThat(POLICY.allocationFor("Staff Engineer", 12))
                .isEqualTo(new BudgetPolicy.Allocation(eur(350_000), "annual allocation 2026 for Staff Engineer"));
        assertThat(POLICY.allocationFor("Software Engineer", 12).amount()).isEqualTo(eur(200_000));
        assertThat(POLICY.allocationFor(null, 2))
                .isEqualTo(new BudgetPolicy.Allocation(eur(33_333), "annual allocation 2026, pro-rated 2 of 12 months"));
        assertThat(BudgetPolicy.monthsLeft(2026, LocalDate.of(2026, 11, 23))).isEqualTo(2);
        assertThat(BudgetPolicy.monthsLeft(2026, LocalDate.of(2026, 1, 1))).isEqualTo(12);
        assertThat(BudgetPolicy.monthsLeft(2027, LocalDate.of(2026, 11, 23))).isEqualTo(12);
        assertThat(BudgetPolicy.monthsLeft(2025, LocalDate.of(2026, 11, 23))).isZero();
        assertThatThrownBy(() -> POLICY.allocationFor(null, 13)).isInstanceOf(IllegalArgumentException.class);
        // joining in the month of the unit's first allocation is the whole year; in a later month, the months left
        assertThat(BudgetPolicy.monthsToAllocate(2026, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23))).isEqualTo(12);
        assertThat(BudgetPolicy.monthsToAllocate(2026, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 23))).isEqualTo(2);
        assertThat(BudgetPolicy.monthsToAllocate(2027, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 4))).isEqualTo(12);
    }

    @Test
    void a_policy_carries_over_a_percentage_and_allocating_differently_is_told_apart_from_other_changes() {
        assertThatThrownBy(() -> new BudgetPolicy("ENG", 2026, "EUR", eur(1), eur(1), BudgetPolicy.Mode.RESTRICTIVE, Map.of(), 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetPolicy("ENG", 2026, "EUR", eur(1), eur(1), BudgetPolicy.Mode.RESTRICTIVE,
                Map.of("Staff Engineer", new Money(1, "SEK")), 0)).isInstanceOf(IllegalArgumentException.class);
        BudgetPolicy indicative = new BudgetPolicy("ENG", 2026, "EUR", eur(200_000), eur(100_000), BudgetPolicy.Mode.INDICATIVE,
                Map.of("Staff Engineer", eur(350_000)), 50);
        assertThat(POLICY.allocatesDifferentlyFrom(indicative)).as("threshold, mode and carry-over may change").isFalse();
        assertThat(POLICY.allocatesDifferentlyFrom(new BudgetPolicy("ENG", 2026, "EUR", eur(250_000), eur(500_000),
                BudgetPolicy.Mode.RESTRICTIVE, Map.of("Staff Engineer", eur(350_000)), 25))).isTrue();
        assertThat(POLICY.allocatesDifferentlyFrom(new BudgetPolicy("ENG", 2026, "EUR", eur(200_000), eur(500_000),
                BudgetPolicy.Mode.RESTRICTIVE))).as("job-role allocations dropped").isTrue();
    }

    @Test
    void closing_the_year_expires_what_is_left_carries_the_policy_share_and_then_takes_no_more_money() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", POLICY, "fiona", NOW).account();
        account.fund("c1", 1, eur(40_000), POLICY, "ev1", NOW);

        var close = account.closeYear(POLICY, "fiona", NOW);

        assertThat(close.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.EXPIRY);
            assertThat(e.amountMinor()).isEqualTo(160_000);
            assertThat(e.reason()).isEqualTo("year-end close 2026: 400.00 EUR carried over (25 %), the rest expires");
        });
        assertThat(close.events()).containsExactly(new BudgetAdjusted("erin", 2026, "ENG", eur(-160_000), "year-end close 2026", "fiona"));
        assertThat(account.carriedOver()).contains(40_000L);
        assertThat(account.available()).isZero();
        assertThat(account.reserved()).as("money for the running contract stays").isEqualTo(40_000);
        assertThat(account.ledgerBalances()).isTrue();

        assertThat(account.closeYear(POLICY, "fiona", NOW)).isEqualTo(BudgetAccount.Change.NONE);
        assertThat(account.fund("c2", 1, eur(1), POLICY, "ev2", NOW).events()).singleElement()
                .isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> assertThat(d.reason()).isEqualTo("YEAR_CLOSED"));
        assertThatThrownBy(() -> account.adjust(eur(100), "late top-up", POLICY, "fiona", NOW)).isInstanceOf(BudgetRuleException.class);
    }

    @Test
    void the_next_year_receives_the_carry_over_as_a_ledger_entry() {
        BudgetPolicy next = new BudgetPolicy("ENG", 2027, "EUR", eur(200_000), eur(500_000), BudgetPolicy.Mode.RESTRICTIVE);
        BudgetAccount account = BudgetAccount.open("erin", "ENG", next, "fiona", NOW).account();

        var carried = account.carryIn(2026, 40_000, "fiona", NOW);

        assertThat(carried.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.CARRY_OVER);
            assertThat(e.reason()).isEqualTo("carried over from 2026");
        });
        assertThat(account.allocated()).isEqualTo(240_000);
        assertThat(account.ledgerBalances()).isTrue();
        assertThat(account.carryIn(2026, 0, "fiona", NOW)).isEqualTo(BudgetAccount.Change.NONE);
    }
}
