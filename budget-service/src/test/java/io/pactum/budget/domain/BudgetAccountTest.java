package io.pactum.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetThresholdReached;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BudgetPolicy RESTRICTIVE = policy(BudgetPolicy.Mode.RESTRICTIVE, 200_000, 500_000);

    private static BudgetPolicy policy(BudgetPolicy.Mode mode, long allocation, long threshold) {
        return new BudgetPolicy("ENG", 2026, "EUR", eur(allocation), eur(threshold), mode);
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    private static BudgetAccount erin(BudgetPolicy policy) {
        return BudgetAccount.open("erin", "ENG", policy, "fiona", NOW).account();
    }

    @Test
    void opening_allocates_the_policy_amount_with_one_ledger_entry_and_an_event() {
        var opened = BudgetAccount.open("erin", "ENG", RESTRICTIVE, "fiona", NOW);
        BudgetAccount account = opened.account();
        assertThat(account.allocated()).isEqualTo(200_000);
        assertThat(account.available()).isEqualTo(200_000);
        assertThat(account.ledger()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.ALLOCATION);
            assertThat(e.amountMinor()).isEqualTo(200_000);
            assertThat(e.actor()).isEqualTo("fiona");
        });
        assertThat(opened.event().amount()).isEqualTo(eur(200_000));
        assertThat(opened.event().fiscalYear()).isEqualTo(2026);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void a_reservation_within_budget_is_held_for_the_contract_and_explained_by_the_ledger() {
        BudgetAccount account = erin(RESTRICTIVE);
        var decision = account.fund("c1", 1, eur(40_000), RESTRICTIVE, "ev1", NOW);
        assertThat(decision).isInstanceOfSatisfying(FundingDecision.Reserve.class, r -> {
            assertThat(r.availableSeen()).isEqualTo(200_000);
            assertThat(r.reservedChange()).isEqualTo(40_000);
            assertThat(r.replaced()).isNull();
            assertThat(r.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.RESERVATION);
                assertThat(e.eventId()).isEqualTo("ev1");
                assertThat(e.contractId()).isEqualTo("c1");
            });
        });
        assertThat(decision.events()).containsExactly(
                new BudgetReserved("c1", "erin", 1, 2026, eur(40_000), eur(160_000)));
        assertThat(account.reserved()).isEqualTo(40_000);
        assertThat(account.available()).isEqualTo(160_000);
        assertThat(account.reservationFor("c1")).contains(new Reservation("c1", 1, 40_000));
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void a_restrictive_account_declines_what_it_cannot_cover_and_changes_nothing() {
        BudgetAccount account = erin(RESTRICTIVE);
        var decision = account.fund("c1", 1, eur(250_000), RESTRICTIVE, "ev1", NOW);
        assertThat(decision).isInstanceOfSatisfying(FundingDecision.Decline.class, d -> {
            assertThat(d.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
            assertThat(d.availableSeen()).isEqualTo(200_000);
        });
        assertThat(decision.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> {
            assertThat(d.reason()).isEqualTo("INSUFFICIENT_FUNDS");
            assertThat(d.message()).isEqualTo("Requested 2,500.00 EUR but only 2,000.00 EUR is available.");
            assertThat(d.available()).isEqualTo(eur(200_000));
            assertThat(d.requested()).isEqualTo(eur(250_000));
        });
        assertThat(account.reserved()).isZero();
        assertThat(account.ledger()).hasSize(1);
        assertThat(account.reservations()).isEmpty();
    }

    @Test
    void exactly_the_available_amount_can_be_reserved_but_not_a_cent_more() {
        BudgetAccount account = erin(RESTRICTIVE);
        assertThat(account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW)).isInstanceOf(FundingDecision.Reserve.class);
        assertThat(account.fund("c2", 1, eur(50_001), RESTRICTIVE, "ev2", NOW)).isInstanceOf(FundingDecision.Decline.class);
        assertThat(account.fund("c3", 1, eur(50_000), RESTRICTIVE, "ev3", NOW)).isInstanceOf(FundingDecision.Reserve.class);
        assertThat(account.available()).isZero();
        assertThat(account.fund("c4", 1, eur(0), RESTRICTIVE, "ev4", NOW)).as("a free contract still fits")
                .isInstanceOf(FundingDecision.Reserve.class);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void fifteen_euro_contracts_fit_into_two_thousand_exactly_133_times() {
        BudgetAccount account = erin(RESTRICTIVE);
        int reserved = 0;
        for (int i = 0; i < 200; i++) {
            if (account.fund("c" + i, 1, eur(1_500), RESTRICTIVE, "ev" + i, NOW) instanceof FundingDecision.Reserve) {
                reserved++;
            }
        }
        assertThat(reserved).isEqualTo(133);
        assertThat(account.available()).isEqualTo(500);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void re_signing_a_new_revision_releases_the_old_amount_and_reserves_the_new_one() {
        BudgetAccount account = erin(RESTRICTIVE);
        account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);
        var decision = account.fund("c1", 2, eur(190_000), RESTRICTIVE, "ev2", NOW);
        assertThat(decision).as("190 fits: the 150 held by revision 1 comes back first")
                .isInstanceOfSatisfying(FundingDecision.Reserve.class, r -> {
                    assertThat(r.replaced()).isEqualTo(new Reservation("c1", 1, 150_000));
                    assertThat(r.reservedChange()).isEqualTo(40_000);
                    assertThat(r.entries()).extracting(LedgerEntry::kind)
                            .containsExactly(LedgerEntry.Kind.RELEASE, LedgerEntry.Kind.RESERVATION);
                });
        assertThat(decision.events()).containsExactly(new BudgetReserved("c1", "erin", 2, 2026, eur(190_000), eur(10_000)),
                new BudgetThresholdReached("erin", 2026, "ENG", 80));
        assertThat(account.reserved()).isEqualTo(190_000);
        assertThat(account.reservations()).containsExactly(new Reservation("c1", 2, 190_000));
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void a_re_signed_revision_that_does_not_fit_is_declined_counting_what_the_contract_already_holds() {
        BudgetAccount account = erin(RESTRICTIVE);
        account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);
        var decision = account.fund("c1", 2, eur(210_000), RESTRICTIVE, "ev2", NOW);
        assertThat(decision.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> {
            assertThat(d.available()).isEqualTo(eur(200_000));
            assertThat(d.message()).isEqualTo("Requested 2,100.00 EUR but only 2,000.00 EUR is available.");
        });
        assertThat(account.reservations()).containsExactly(new Reservation("c1", 1, 150_000));
    }

    @Test
    void the_same_or_an_older_revision_again_changes_nothing() {
        BudgetAccount account = erin(RESTRICTIVE);
        account.fund("c1", 2, eur(10_000), RESTRICTIVE, "ev1", NOW);
        assertThat(account.fund("c1", 2, eur(10_000), RESTRICTIVE, "ev2", NOW)).isInstanceOf(FundingDecision.AlreadyAnswered.class);
        assertThat(account.fund("c1", 1, eur(1), RESTRICTIVE, "ev3", NOW).events()).isEmpty();
        assertThat(account.reserved()).isEqualTo(10_000);
        assertThat(account.ledger()).hasSize(2);
    }

    @Test
    void another_currency_is_declined_with_a_clear_reason() {
        BudgetAccount account = erin(RESTRICTIVE);
        var decision = account.fund("c1", 1, new Money(1_000, "SEK"), RESTRICTIVE, "ev1", NOW);
        assertThat(decision).isInstanceOfSatisfying(FundingDecision.Decline.class,
                d -> assertThat(d.reason()).isEqualTo(DeclineReason.CURRENCY_MISMATCH));
        assertThat(decision.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class,
                d -> assertThat(d.message()).isEqualTo("The contract is in SEK but the budget is kept in EUR."));
        assertThat(account.reserved()).isZero();
    }

    @Test
    void an_indicative_account_may_go_below_zero_and_still_balances() {
        BudgetPolicy indicative = policy(BudgetPolicy.Mode.INDICATIVE, 100, 500_000);
        BudgetAccount account = erin(indicative);
        assertThat(account.fund("c1", 1, eur(1_000), indicative, "ev1", NOW).events()).containsExactly(
                new BudgetReserved("c1", "erin", 1, 2026, eur(1_000), eur(-900)),
                new BudgetThresholdReached("erin", 2026, "ENG", 80), new BudgetThresholdReached("erin", 2026, "ENG", 100));
        assertThat(account.available()).isEqualTo(-900);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void above_the_approval_threshold_it_awaits_approval_and_holds_nothing_yet() {
        BudgetPolicy lowThreshold = policy(BudgetPolicy.Mode.RESTRICTIVE, 200_000, 50_000);
        BudgetAccount account = erin(lowThreshold);
        var decision = account.fund("c1", 3, eur(80_000), lowThreshold, "ev1", NOW);
        assertThat(decision).isInstanceOfSatisfying(FundingDecision.AwaitApproval.class, a -> {
            assertThat(a.availableAtLeast()).isEqualTo(80_000);
            assertThat(a.approval()).isEqualTo(new PendingApproval("c1:3", "c1", 3, 80_000, "ev1", NOW));
        });
        assertThat(decision.events()).containsExactly(new BudgetReservationPendingApproval("c1:3", "c1", "erin", 3, 2026,
                "ENG", eur(80_000), eur(50_000)));
        assertThat(account.reserved()).isZero();
        assertThat(account.ledger()).hasSize(1);
        assertThat(account.fund("c1", 3, eur(80_000), lowThreshold, "ev2", NOW))
                .as("asked once per revision").isInstanceOf(FundingDecision.AlreadyAnswered.class);
        assertThat(account.fund("c2", 1, eur(50_000), lowThreshold, "ev3", NOW)).as("at the threshold is not above it")
                .isInstanceOf(FundingDecision.Reserve.class);
    }

    @Test
    void what_cannot_be_covered_is_declined_even_above_the_threshold_because_approval_would_not_help() {
        var decision = erin(RESTRICTIVE).fund("c1", 1, eur(9_900_000), RESTRICTIVE, "ev1", NOW);
        assertThat(decision).isInstanceOfSatisfying(FundingDecision.Decline.class,
                d -> assertThat(d.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void without_an_account_the_answer_names_the_employee_and_year() {
        BudgetReservationDeclined declined = BudgetAccount.noAccount("c1", "ghost", 1, 2026, eur(1_000));
        assertThat(declined.reason()).isEqualTo("NO_BUDGET_ACCOUNT");
        assertThat(declined.message()).isEqualTo("There is no learning budget for ghost in fiscal year 2026.");
        assertThat(declined.available()).isEqualTo(eur(0));
        assertThat(declined.requested()).isEqualTo(eur(1_000));
    }

    @Test
    void a_ledger_that_does_not_explain_the_figures_is_detected() {
        LedgerEntry allocation = new LedgerEntry("e1", LedgerEntry.Kind.ALLOCATION, 200_000, null, null, null, "fiona", "", NOW);
        LedgerEntry reservation = new LedgerEntry("e2", LedgerEntry.Kind.RESERVATION, 1_500, "c1", 1, "ev1", "x", "", NOW);
        assertThat(BudgetAccount.restore("erin", 2026, "ENG", "EUR", 200_000, 1_500, 0,
                List.of(new Reservation("c1", 1, 1_500)), List.of(), List.of(allocation, reservation), List.of(), null).ledgerBalances()).isTrue();
        assertThat(BudgetAccount.restore("erin", 2026, "ENG", "EUR", 200_000, 3_000, 0,
                List.of(new Reservation("c1", 1, 3_000)), List.of(), List.of(allocation, reservation), List.of(), null).ledgerBalances()).isFalse();
        assertThat(BudgetAccount.restore("erin", 2026, "ENG", "EUR", 200_000, 1_500, 0,
                List.of(), List.of(), List.of(allocation, reservation), List.of(), null).ledgerBalances()).as("held by no contract").isFalse();
    }

    @Test
    void a_negative_cost_or_a_policy_in_two_currencies_is_refused() {
        assertThatThrownBy(() -> erin(RESTRICTIVE).fund("c1", 1, eur(-1), RESTRICTIVE, "ev1", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetPolicy("ENG", 2026, "EUR", eur(1), new Money(1, "SEK"), BudgetPolicy.Mode.RESTRICTIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(BudgetPolicy.Mode.RESTRICTIVE, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
