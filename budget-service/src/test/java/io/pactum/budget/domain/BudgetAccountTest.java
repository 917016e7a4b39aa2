package io.pactum.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BudgetAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BudgetPolicy ENG = new BudgetPolicy("ENG", 2026, "EUR", new Money(200_000, "EUR"),
            new Money(500_000, "EUR"), BudgetPolicy.Mode.RESTRICTIVE);

    @Test
    void opening_allocates_the_policy_amount_with_a_ledger_entry() {
        var opened = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW);
        assertThat(opened.account().available()).isEqualTo(200_000);
        assertThat(opened.account().ledger()).singleElement().extracting(LedgerEntry::kind).isEqualTo(LedgerEntry.Kind.ALLOCATION);
        assertThat(opened.event().amount()).isEqualTo(new Money(200_000, "EUR"));
        assertThat(opened.account().ledgerBalances()).isTrue();
    }

    @Test
    void a_reservation_within_budget_reduces_available_and_is_explained_by_the_ledger() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW).account();
        var outcome = account.reserve("c1", 1, new Money(40_000, "EUR"), "ev1", NOW);
        assertThat(outcome.reserved()).isTrue();
        assertThat(outcome.events()).singleElement().isEqualTo(
                new BudgetReserved("c1", "erin", 1, 2026, new Money(40_000, "EUR"), new Money(160_000, "EUR")));
        assertThat(account.reserved()).isEqualTo(40_000);
        assertThat(account.available()).isEqualTo(160_000);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void a_restrictive_account_declines_what_it_cannot_cover_and_changes_nothing() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW).account();
        var outcome = account.reserve("c1", 1, new Money(250_000, "EUR"), "ev1", NOW);
        assertThat(outcome.reserved()).isFalse();
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> {
            assertThat(d.reason()).isEqualTo(BudgetAccount.INSUFFICIENT_FUNDS);
            assertThat(d.message()).isEqualTo("Requested 2,500.00 EUR but only 2,000.00 EUR is available.");
            assertThat(d.available()).isEqualTo(new Money(200_000, "EUR"));
            assertThat(d.requested()).isEqualTo(new Money(250_000, "EUR"));
        });
        assertThat(account.reserved()).isZero();
        assertThat(account.ledger()).hasSize(1);
    }

    @Test
    void exactly_the_available_amount_can_be_reserved_but_not_a_cent_more() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW).account();
        assertThat(account.reserve("c1", 1, new Money(150_000, "EUR"), "ev1", NOW).reserved()).isTrue();
        assertThat(account.reserve("c2", 1, new Money(50_001, "EUR"), "ev2", NOW).reserved()).isFalse();
        assertThat(account.reserve("c3", 1, new Money(50_000, "EUR"), "ev3", NOW).reserved()).isTrue();
        assertThat(account.available()).isZero();
    }

    @Test
    void re_signing_a_new_revision_moves_the_reservation_to_the_new_cost() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW).account();
        account.reserve("c1", 1, new Money(150_000, "EUR"), "ev1", NOW);
        var outcome = account.reserve("c1", 2, new Money(190_000, "EUR"), "ev2", NOW);
        assertThat(outcome.reserved()).isTrue();
        assertThat(account.reserved()).isEqualTo(190_000);
        assertThat(account.ledger()).extracting(LedgerEntry::kind).containsExactly(
                LedgerEntry.Kind.ALLOCATION, LedgerEntry.Kind.RESERVATION, LedgerEntry.Kind.RELEASE, LedgerEntry.Kind.RESERVATION);
        assertThat(account.ledgerBalances()).isTrue();
        assertThat(account.reserve("c1", 1, new Money(1, "EUR"), "ev3", NOW).events()).as("an older revision").isEmpty();
    }

    @Test
    void another_currency_is_refused_with_a_clear_reason_and_an_indicative_account_may_go_below_zero() {
        BudgetAccount account = BudgetAccount.open("erin", "ENG", ENG, "fiona", NOW).account();
        var sek = account.reserve("c1", 1, new Money(1_000, "SEK"), "ev1", NOW);
        assertThat(sek.reason()).isEqualTo(BudgetAccount.CURRENCY_MISMATCH);

        BudgetPolicy indicative = new BudgetPolicy("ENG", 2026, "EUR", new Money(100, "EUR"), new Money(500_000, "EUR"),
                BudgetPolicy.Mode.INDICATIVE);
        BudgetAccount loose = BudgetAccount.open("erin", "ENG", indicative, "fiona", NOW).account();
        assertThat(loose.reserve("c1", 1, new Money(1_000, "EUR"), "ev1", NOW).reserved()).isTrue();
        assertThat(loose.available()).isEqualTo(-900);
    }
}
