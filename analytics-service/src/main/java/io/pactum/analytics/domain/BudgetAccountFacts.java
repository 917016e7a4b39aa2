package io.pactum.analytics.domain;

import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One employee's learning budget for one fiscal year as the budget events tell it: every allocation,
 * adjustment, reservation, expense and release, in the order budget-service published them (one employee's
 * budget events share a partition, so that order is the same in every replay).
 */
public record BudgetAccountFacts(String employeeId, int fiscalYear, String businessUnit, List<Entry> entries) {

    public BudgetAccountFacts {
        entries = List.copyOf(entries);
    }

    public static String idOf(String employeeId, int fiscalYear) {
        return employeeId + ":" + fiscalYear;
    }

    public static BudgetAccountFacts empty(String employeeId, int fiscalYear) {
        return new BudgetAccountFacts(employeeId, fiscalYear, null, List.of());
    }

    public enum EntryKind { ALLOCATED, ADJUSTED, RESERVED, SPENT, RELEASED }

    /** @param amountMinor signed for ADJUSTED, otherwise positive */
    public record Entry(EntryKind kind, String contractId, int revision, long amountMinor, String currency, Instant at) {
    }

    public BudgetAccountFacts apply(EventEnvelope event) {
        Instant at = Occurrence.of(event);
        return switch (event.data()) {
            case BudgetAllocated e -> with(e.businessUnit(), new Entry(EntryKind.ALLOCATED, null, 0, e.amount().amountMinor(), e.amount().currency(), at));
            case BudgetAdjusted e -> with(e.businessUnit(), new Entry(EntryKind.ADJUSTED, null, 0, e.amount().amountMinor(), e.amount().currency(), at));
            case BudgetReserved e -> with(null, entry(EntryKind.RESERVED, e.contractId(), e.revision(), e.amount(), at));
            case BudgetSpent e -> with(e.businessUnit(), entry(EntryKind.SPENT, e.contractId(), 0, e.amount(), at));
            case BudgetReleased e -> with(e.businessUnit(), entry(EntryKind.RELEASED, e.contractId(), 0, e.amount(), at));
            default -> this;
        };
    }

    private static Entry entry(EntryKind kind, String contractId, int revision, Money amount, Instant at) {
        return new Entry(kind, contractId, revision, amount.amountMinor(), amount.currency(), at);
    }

    private BudgetAccountFacts with(String unit, Entry entry) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(entry);
        return new BudgetAccountFacts(employeeId, fiscalYear, businessUnit != null ? businessUnit : unit, more);
    }

    /**
     * The account's figures by month, as budget-service keeps them: allocated = allocations + adjustments;
     * reserved = what the contracts' reservations still hold (a new revision replaces the old hold, an expense
     * draws it down first, a release empties it); spent = expenses. The account counts once, in the month it opened.
     */
    public Tally contribution() {
        Tally tally = new Tally();
        if (businessUnit == null || entries.isEmpty()) {
            return tally;
        }
        Map<String, long[]> holds = new HashMap<>(); // contract → {revision, held}
        tally.at(bucket(entries.getFirst().at())).add(Measures.ACCOUNTS, 1);
        for (Entry e : entries) {
            Figures month = tally.at(bucket(e.at()));
            switch (e.kind()) {
                case ALLOCATED, ADJUSTED -> month.addMoney(e.currency(), Measures.ALLOCATED, e.amountMinor());
                case RESERVED -> {
                    long[] hold = holds.computeIfAbsent(e.contractId(), c -> new long[2]);
                    if (e.revision() > hold[0]) {
                        month.addMoney(e.currency(), Measures.RESERVED, e.amountMinor() - hold[1]);
                        hold[0] = e.revision();
                        hold[1] = e.amountMinor();
                    }
                }
                case SPENT -> {
                    long[] hold = holds.computeIfAbsent(e.contractId(), c -> new long[2]);
                    long fromReservation = Math.min(e.amountMinor(), hold[1]);
                    hold[1] -= fromReservation;
                    month.addMoney(e.currency(), Measures.RESERVED, -fromReservation);
                    month.addMoney(e.currency(), Measures.SPENT, e.amountMinor());
                }
                case RELEASED -> {
                    long[] hold = holds.computeIfAbsent(e.contractId(), c -> new long[2]);
                    long released = Math.min(e.amountMinor(), hold[1]);
                    hold[1] -= released;
                    month.addMoney(e.currency(), Measures.RESERVED, -released);
                }
            }
        }
        return tally.withQuartersAndYear();
    }

    private RollupKey bucket(Instant at) {
        return RollupKey.budget(businessUnit, fiscalYear, FiscalPeriod.monthIn(fiscalYear, at));
    }
}
