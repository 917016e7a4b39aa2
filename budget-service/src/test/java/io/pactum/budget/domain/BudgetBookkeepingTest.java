package io.pactum.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.budget.BudgetThresholdReached;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Approvals, endings, adjustments, expenses, refunds and thresholds on one account; every step keeps the ledger balanced. */
class BudgetBookkeepingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BudgetPolicy RESTRICTIVE = policy(BudgetPolicy.Mode.RESTRICTIVE);
    private static final BudgetPolicy INDICATIVE = policy(BudgetPolicy.Mode.INDICATIVE);

    /** 2,000.00 EUR a year, approval above 1,000.00 EUR. */
    private static BudgetPolicy policy(BudgetPolicy.Mode mode) {
        return new BudgetPolicy("ENG", 2026, "EUR", eur(200_000), eur(100_000), mode);
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    private static BudgetAccount erin(BudgetPolicy policy) {
        return BudgetAccount.open("erin", "ENG", policy, "fiona", NOW).account();
    }

    /** erin with contract c1 holding 400.00 EUR. */
    private static BudgetAccount withReservation(BudgetPolicy policy) {
        BudgetAccount account = erin(policy);
        assertThat(account.fund("c1", 1, eur(40_000), policy, "ev1", NOW)).isInstanceOf(FundingDecision.Reserve.class);
        return account;
    }

    private static BudgetAccount.Expense invoice(String reference, long minor) {
        return new BudgetAccount.Expense("c1", eur(minor), "Acme Learning", reference, LocalDate.of(2026, 12, 3), "SAA course");
    }

    @Nested
    class Approvals {

        @Test
        void approving_reserves_the_cost_and_names_the_approver() {
            BudgetAccount account = erin(RESTRICTIVE);
            account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);
            assertThat(account.approvals()).hasSize(1);

            var change = account.approve("c1:1", RESTRICTIVE, "lars", NOW);

            assertThat(change.events()).first().isEqualTo(new BudgetReserved("c1", "erin", 1, 2026, eur(150_000), eur(50_000)));
            assertThat(change.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.RESERVATION);
                assertThat(e.actor()).isEqualTo("lars");
                assertThat(e.eventId()).isEqualTo("ev1");
            });
            assertThat(account.approvals()).isEmpty();
            assertThat(account.available()).isEqualTo(50_000);
            assertThat(account.ledgerBalances()).isTrue();
        }

        @Test
        void approving_what_a_restrictive_budget_no_longer_covers_declines_it_and_holds_nothing() {
            BudgetAccount account = erin(RESTRICTIVE);
            account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);
            account.fund("c2", 1, eur(90_000), RESTRICTIVE, "ev2", NOW); // leaves 1,100.00

            var change = account.approve("c1:1", RESTRICTIVE, "lars", NOW);

            assertThat(change.entries()).isEmpty();
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> {
                assertThat(d.reason()).isEqualTo("INSUFFICIENT_FUNDS");
                assertThat(d.available()).isEqualTo(eur(110_000));
                assertThat(d.message()).isEqualTo("Approved by lars, but 1,500.00 EUR no longer fits: only 1,100.00 EUR is available.");
            });
            assertThat(account.approvals()).isEmpty();
            assertThat(account.reserved()).isEqualTo(90_000);
        }

        @Test
        void declining_answers_with_the_admins_reason_and_an_unknown_approval_is_a_rule() {
            BudgetAccount account = erin(RESTRICTIVE);
            account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);

            var change = account.declineApproval("c1:1", "lars", "Not this year");

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(BudgetReservationDeclined.class, d -> {
                assertThat(d.reason()).isEqualTo("APPROVAL_DECLINED");
                assertThat(d.message()).isEqualTo("Declined by lars: Not this year");
                assertThat(d.requested()).isEqualTo(eur(150_000));
            });
            assertThat(account.reserved()).isZero();
            assertThatThrownBy(() -> account.approve("c1:1", RESTRICTIVE, "lars", NOW)).isInstanceOf(BudgetRuleException.class);
        }
    }

    @Nested
    class Endings {

        @Test
        void an_ended_contract_releases_what_it_still_holds_once_and_takes_no_more_funding_or_expenses() {
            BudgetAccount account = withReservation(RESTRICTIVE);
            account.spend(invoice("INV-1", 10_000), RESTRICTIVE, "fiona", NOW);

            var change = account.close("c1", "contract completed", "ev9", NOW);

            assertThat(change.events()).containsExactly(new BudgetReleased("erin", "c1", 2026, "ENG", eur(30_000)));
            assertThat(change.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.RELEASE);
                assertThat(e.amountMinor()).isEqualTo(30_000);
                assertThat(e.eventId()).isEqualTo("ev9");
            });
            assertThat(account.reserved()).isZero();
            assertThat(account.spent()).isEqualTo(10_000);
            assertThat(account.available()).isEqualTo(190_000);
            assertThat(account.close("c1", "again", "ev10", NOW)).isEqualTo(BudgetAccount.Change.NONE);
            assertThat(account.fund("c1", 2, eur(5_000), RESTRICTIVE, "ev11", NOW)).isInstanceOf(FundingDecision.AlreadyAnswered.class);
            assertThatThrownBy(() -> account.spend(invoice("INV-2", 100), RESTRICTIVE, "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class).hasMessageContaining("has ended");
            assertThat(account.ledgerBalances()).isTrue();
        }

        @Test
        void a_contract_cancelled_while_waiting_for_approval_drops_the_approval_and_is_never_funded_later() {
            BudgetAccount account = erin(RESTRICTIVE);
            account.fund("c1", 1, eur(150_000), RESTRICTIVE, "ev1", NOW);

            assertThat(account.close("c1", "contract cancelled", "ev2", NOW)).isEqualTo(BudgetAccount.Change.NONE);

            assertThat(account.approvals()).isEmpty();
            assertThat(account.fund("c1", 2, eur(10_000), RESTRICTIVE, "ev3", NOW)).isInstanceOf(FundingDecision.AlreadyAnswered.class);
            assertThat(account.reserved()).isZero();
        }
    }

    @Nested
    class Adjustments {

        @Test
        void a_top_up_raises_the_allocation_and_a_cut_may_not_go_below_what_is_committed() {
            BudgetAccount account = withReservation(RESTRICTIVE);

            var topUp = account.adjust(eur(25_000), "Promotion", RESTRICTIVE, "fiona", NOW);
            assertThat(topUp.events()).containsExactly(new BudgetAdjusted("erin", 2026, "ENG", eur(25_000), "Promotion", "fiona"));
            assertThat(account.allocated()).isEqualTo(225_000);

            assertThatThrownBy(() -> account.adjust(eur(-185_001), "Cut", RESTRICTIVE, "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class)
                    .hasMessage("a cut of 1,850.01 EUR would leave less than is committed: only 1,850.00 EUR is available");
            assertThat(account.allocated()).as("a refused cut changes nothing").isEqualTo(225_000);
            assertThatThrownBy(() -> account.adjust(new Money(100, "SEK"), "x", RESTRICTIVE, "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class);
            assertThatThrownBy(() -> account.adjust(eur(0), "x", RESTRICTIVE, "fiona", NOW)).isInstanceOf(BudgetRuleException.class);

            account.adjust(eur(-185_000), "Cut to what is committed", RESTRICTIVE, "fiona", NOW);
            assertThat(account.available()).isZero();
            assertThat(account.ledgerBalances()).isTrue();
        }

        @Test
        void an_indicative_budget_may_be_cut_below_zero() {
            BudgetAccount account = withReservation(INDICATIVE);
            account.adjust(eur(-180_000), "Reorganisation", INDICATIVE, "fiona", NOW);
            assertThat(account.available()).isEqualTo(-20_000);
            assertThat(account.ledgerBalances()).isTrue();
        }
    }

    @Nested
    class Expenses {

        @Test
        void an_expense_draws_the_reservation_down_first_then_available() {
            BudgetAccount account = withReservation(RESTRICTIVE);

            var first = account.spend(invoice("INV-1", 30_000), RESTRICTIVE, "fiona", NOW);
            assertThat(first.entries()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.RELEASE, LedgerEntry.Kind.SPEND);
            assertThat(first.events()).first().isEqualTo(new BudgetSpent("erin", "c1", 2026, "ENG", eur(30_000), "Acme Learning", "INV-1"));
            assertThat(account.reserved()).isEqualTo(10_000);
            assertThat(account.available()).isEqualTo(160_000);

            account.spend(invoice("INV-2", 25_000), RESTRICTIVE, "fiona", NOW); // 100.00 from the reservation, 150.00 beyond it
            assertThat(account.reserved()).isZero();
            assertThat(account.spent()).isEqualTo(55_000);
            assertThat(account.available()).isEqualTo(145_000);
            assertThat(account.ledgerBalances()).isTrue();
        }

        @Test
        void an_invoice_is_booked_once_only_for_a_funded_contract_and_never_beyond_a_restrictive_budget() {
            BudgetAccount account = withReservation(RESTRICTIVE);
            account.spend(invoice("INV-1", 10_000), RESTRICTIVE, "fiona", NOW);

            assertThatThrownBy(() -> account.spend(invoice("INV-1", 10_000), RESTRICTIVE, "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class).hasMessage("invoice INV-1 is booked already");
            assertThatThrownBy(() -> account.spend(new BudgetAccount.Expense("c9", eur(100), "Acme", "INV-9", LocalDate.of(2026, 12, 1), null),
                    RESTRICTIVE, "fiona", NOW)).isInstanceOf(BudgetRuleException.class).hasMessageContaining("holds no funds");
            assertThatThrownBy(() -> account.spend(invoice("INV-3", 200_001), RESTRICTIVE, "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class);
            assertThat(account.spent()).as("refused expenses change nothing").isEqualTo(10_000);
            assertThat(account.ledger()).hasSize(4);
        }

        @Test
        void a_refund_gives_money_back_up_to_the_invoice() {
            BudgetAccount account = withReservation(RESTRICTIVE);
            account.spend(invoice("INV-1", 30_000), RESTRICTIVE, "fiona", NOW);

            var refund = account.refund("INV-1", eur(5_000), "Cancelled a day", "fiona", NOW);

            assertThat(refund.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.REFUND);
                assertThat(e.reference()).isEqualTo("INV-1");
                assertThat(e.contractId()).isEqualTo("c1");
            });
            assertThat(account.spent()).isEqualTo(25_000);
            assertThatThrownBy(() -> account.refund("INV-1", eur(25_001), "too much", "fiona", NOW))
                    .isInstanceOf(BudgetRuleException.class);
            assertThatThrownBy(() -> account.refund("INV-404", eur(1), "unknown", "fiona", NOW)).isInstanceOf(BudgetRuleException.class);
            assertThat(account.ledgerBalances()).isTrue();
        }

        @Test
        void a_contract_re_signed_after_expenses_holds_only_its_new_cost_less_what_was_spent_on_it() {
            BudgetAccount account = withReservation(RESTRICTIVE);
            account.spend(invoice("INV-1", 30_000), RESTRICTIVE, "fiona", NOW);

            var decision = account.fund("c1", 2, eur(50_000), RESTRICTIVE, "ev2", NOW);

            assertThat(decision).isInstanceOfSatisfying(FundingDecision.Reserve.class,
                    r -> assertThat(r.event().amount()).isEqualTo(eur(20_000)));
            assertThat(account.reserved()).isEqualTo(20_000);
            assertThat(account.reserved() + account.spent()).isEqualTo(50_000);
            assertThat(account.ledgerBalances()).isTrue();
        }
    }

    @Nested
    class Thresholds {

        @Test
        void eighty_and_a_hundred_percent_are_announced_once_each_and_again_after_falling_below() {
            BudgetAccount account = erin(INDICATIVE);

            var first = account.fund("c1", 1, eur(100_000), INDICATIVE, "ev1", NOW);
            assertThat(first.events()).hasSize(1); // 50 %
            var second = account.fund("c2", 1, eur(60_000), INDICATIVE, "ev2", NOW);
            assertThat(second.events()).contains(new BudgetThresholdReached("erin", 2026, "ENG", 80));
            var third = account.fund("c3", 1, eur(10_000), INDICATIVE, "ev3", NOW);
            assertThat(third.events()).noneMatch(BudgetThresholdReached.class::isInstance);
            var fourth = account.fund("c4", 1, eur(30_000), INDICATIVE, "ev4", NOW);
            assertThat(fourth.events()).filteredOn(BudgetThresholdReached.class::isInstance)
                    .containsExactly(new BudgetThresholdReached("erin", 2026, "ENG", 100));
            assertThat(account.thresholdsReached()).containsExactly(80, 100);

            account.close("c1", "contract cancelled", "ev5", NOW); // back to 50 %
            assertThat(account.thresholdsReached()).isEmpty();
            assertThat(account.fund("c5", 1, eur(70_000), INDICATIVE, "ev6", NOW).events())
                    .contains(new BudgetThresholdReached("erin", 2026, "ENG", 80));
        }
    }
}
