package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A budget account's figures by month, as budget-service keeps them, worked out by hand. */
class BudgetAccountFactsTest {

    @Test
    void allocated_reserved_and_spent_by_month() {
        BudgetAccountFacts account = BudgetAccountFacts.empty("erin", 2026);
        for (EventEnvelope e : List.of(
                Events.at("2026-01-05T08:00:00Z", new BudgetAllocated("erin", 2026, "ENG", eur(200_000), "fiona")),
                Events.at("2026-03-04T21:00:01Z", new BudgetReserved("c1", "erin", 1, 2026, eur(150_000), eur(50_000))),
                Events.at("2026-04-10T12:00:00Z", new BudgetSpent("erin", "c1", 2026, "ENG", eur(100_000), "Acme", "INV-1")),
                Events.at("2026-05-01T12:00:00Z", new BudgetReserved("c2", "erin", 1, 2026, eur(40_000), eur(10_000))),
                // c2 re-signed cheaper: its hold is replaced, 400 → 300
                Events.at("2026-05-03T12:00:00Z", new BudgetReserved("c2", "erin", 2, 2026, eur(30_000), eur(20_000))),
                // the same revision again (budget-service never sends it, but it must change nothing)
                Events.at("2026-05-04T12:00:00Z", new BudgetReserved("c2", "erin", 2, 2026, eur(30_000), eur(20_000))),
                Events.at("2026-06-01T12:00:00Z", new BudgetAdjusted("erin", 2026, "ENG", eur(25_000), "top-up", "fiona")),
                Events.at("2026-09-30T15:00:01Z", new BudgetReleased("erin", "c1", 2026, "ENG", eur(50_000))))) {
            account = account.apply(e);
        }
        Tally t = account.contribution();
        assertThat(t.get(RollupKey.budget("ENG", 2026, 1)).count(Measures.ACCOUNTS)).isEqualTo(1);
        assertThat(t.get(RollupKey.budget("ENG", 2026, 1)).money("EUR", Measures.ALLOCATED)).isEqualTo(200_000);
        assertThat(t.get(RollupKey.budget("ENG", 2026, 3)).money("EUR", Measures.RESERVED)).isEqualTo(150_000);
        // the expense draws the reservation down first
        assertThat(t.get(RollupKey.budget("ENG", 2026, 4)).money("EUR", Measures.RESERVED)).isEqualTo(-100_000);
        assertThat(t.get(RollupKey.budget("ENG", 2026, 4)).money("EUR", Measures.SPENT)).isEqualTo(100_000);
        assertThat(t.get(RollupKey.budget("ENG", 2026, 5)).money("EUR", Measures.RESERVED)).isEqualTo(30_000); // +400 − 100
        assertThat(t.get(RollupKey.budget("ENG", 2026, 6)).money("EUR", Measures.ALLOCATED)).isEqualTo(25_000);
        assertThat(t.get(RollupKey.budget("ENG", 2026, 9)).money("EUR", Measures.RESERVED)).isEqualTo(-50_000);

        // as at the end of Q2: allocated 2,250, reserved 1,500 − 1,000 + 300 = 800, spent 1,000; utilisation 1,800 / 2,250 = 80 %
        Figures q2 = t.sum(IntStream.rangeClosed(1, 6).mapToObj(m -> RollupKey.budget("ENG", 2026, m)).toList());
        assertThat(q2.money("EUR", Measures.ALLOCATED)).isEqualTo(225_000);
        assertThat(q2.money("EUR", Measures.RESERVED)).isEqualTo(80_000);
        assertThat(q2.money("EUR", Measures.SPENT)).isEqualTo(100_000);
        assertThat(Metrics.utilisation(225_000, 80_000, 100_000)).isEqualByComparingTo("80.0");
        // the quarters and the year are kept beside the months, with the same sums
        Figures q1AndQ2 = t.sum(List.of(RollupKey.budget("ENG", 2026, "Q1"), RollupKey.budget("ENG", 2026, "Q2")));
        assertThat(q1AndQ2).isEqualTo(q2);
        // the year: c1's rest released → reserved 300 (c2)
        Figures year = t.sum(IntStream.rangeClosed(1, 12).mapToObj(m -> RollupKey.budget("ENG", 2026, m)).toList());
        assertThat(year.money("EUR", Measures.RESERVED)).isEqualTo(30_000);
        assertThat(t.get(RollupKey.budget("ENG", 2026, "YEAR"))).isEqualTo(year);
    }

    @Test
    void an_account_whose_unit_is_not_known_yet_adds_nothing() {
        BudgetAccountFacts account = BudgetAccountFacts.empty("erin", 2026)
                .apply(Events.at("2026-03-04T21:00:01Z", new BudgetReserved("c1", "erin", 1, 2026, eur(150_000), eur(50_000))));
        assertThat(account.contribution().isEmpty()).isTrue();
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }
}
