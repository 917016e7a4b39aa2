package io.pactum.budget.domain;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An employee's personal learning budget for one fiscal year: allocated, reserved for signed contracts,
 * spent, and the append-only ledger that explains every figure. available = allocated − reserved − spent;
 * under a restrictive policy it never goes below zero.
 */
public final class BudgetAccount {

    /** The actor of ledger entries the saga writes (not a person's request). */
    public static final String SAGA = "budget-service";

    private final String employeeId;
    private final int fiscalYear;
    private final String businessUnit;
    private final String currency;
    private long allocated;
    private long reserved;
    private long spent;
    private final List<Reservation> reservations;
    private final List<PendingApproval> approvals;
    private final List<LedgerEntry> ledger;

    private BudgetAccount(String employeeId, int fiscalYear, String businessUnit, String currency, long allocated,
                          long reserved, long spent, List<Reservation> reservations, List<PendingApproval> approvals,
                          List<LedgerEntry> ledger) {
        this.employeeId = Objects.requireNonNull(employeeId);
        this.fiscalYear = fiscalYear;
        this.businessUnit = Objects.requireNonNull(businessUnit);
        this.currency = Objects.requireNonNull(currency);
        this.allocated = allocated;
        this.reserved = reserved;
        this.spent = spent;
        this.reservations = new ArrayList<>(reservations);
        this.approvals = new ArrayList<>(approvals);
        this.ledger = new ArrayList<>(ledger);
    }

    /** Opens the account with the policy's default allocation as its first ledger entry. */
    public static Opened open(String employeeId, String businessUnit, BudgetPolicy policy, String actor, Instant now) {
        long amount = policy.defaultAllocation().amountMinor();
        BudgetAccount account = new BudgetAccount(employeeId, policy.fiscalYear(), businessUnit, policy.currency(),
                amount, 0, 0, List.of(), List.of(), List.of(new LedgerEntry(UUID.randomUUID().toString(),
                        LedgerEntry.Kind.ALLOCATION, amount, null, null, null, actor,
                        "annual allocation " + policy.fiscalYear(), now)));
        return new Opened(account, new BudgetAllocated(employeeId, policy.fiscalYear(), businessUnit,
                policy.defaultAllocation(), actor));
    }

    /** A new account and the event announcing it. */
    public record Opened(BudgetAccount account, BudgetAllocated event) {
    }

    public static BudgetAccount restore(String employeeId, int fiscalYear, String businessUnit, String currency,
                                        long allocated, long reserved, long spent, List<Reservation> reservations,
                                        List<PendingApproval> approvals, List<LedgerEntry> ledger) {
        return new BudgetAccount(employeeId, fiscalYear, businessUnit, currency, allocated, reserved, spent,
                reservations, approvals, ledger);
    }

    public long available() {
        return Math.subtractExact(Math.subtractExact(allocated, reserved), spent);
    }

    /**
     * Answers a signed contract: reserve its cost, decline it, or ask for approval above the threshold.
     * <ul>
     *   <li>another currency than the account's: declined, CURRENCY_MISMATCH;</li>
     *   <li>a restrictive account that cannot cover it: declined, INSUFFICIENT_FUNDS (approval would not help);</li>
     *   <li>above the policy's approval threshold: awaits approval, nothing held;</li>
     *   <li>otherwise reserved. A new revision of a contract that holds money releases the old amount and
     *       reserves the new one; an older or the same revision changes nothing.</li>
     * </ul>
     * The account applies the decision to itself; a declined contract changes no figure and no ledger entry.
     */
    public FundingDecision fund(String contractId, int revision, Money cost, BudgetPolicy policy, String eventId,
                                Instant now) {
        if (cost.amountMinor() < 0) {
            throw new IllegalArgumentException("a contract's cost cannot be negative: " + cost);
        }
        Optional<Reservation> held = reservationFor(contractId);
        if (held.isPresent() && held.get().revision() >= revision) {
            return new FundingDecision.AlreadyAnswered("revision " + held.get().revision() + " of " + contractId + " holds funds");
        }
        String approvalId = PendingApproval.idOf(contractId, revision);
        if (approvals.stream().anyMatch(a -> a.approvalId().equals(approvalId))) {
            return new FundingDecision.AlreadyAnswered("revision " + revision + " of " + contractId + " awaits approval");
        }
        if (!cost.currency().equals(currency)) {
            return decline(contractId, revision, cost, available(), DeclineReason.CURRENCY_MISMATCH,
                    "The contract is in " + cost.currency() + " but the budget is kept in " + currency + ".");
        }
        Funds requested = Funds.of(cost);
        Funds releasable = new Funds(held.map(Reservation::amountMinor).orElse(0L), currency);
        Funds availableForIt = availableFunds().plus(releasable);
        if (policy.restrictive() && !availableForIt.covers(requested)) {
            return decline(contractId, revision, cost, availableForIt.minor(), DeclineReason.INSUFFICIENT_FUNDS,
                    "Requested " + requested.inWords() + " but only " + availableForIt.inWords() + " is available.");
        }
        if (policy.needsApproval(requested)) {
            PendingApproval approval = new PendingApproval(approvalId, contractId, revision, cost.amountMinor(), eventId, now);
            approvals.add(approval);
            return new FundingDecision.AwaitApproval(approval,
                    policy.restrictive() ? requested.minus(releasable).minor() : null,
                    new BudgetReservationPendingApproval(approvalId, contractId, employeeId, revision, fiscalYear,
                            businessUnit, cost, policy.approvalThreshold()));
        }
        return reserve(contractId, revision, requested, held.orElse(null), eventId, now);
    }

    private FundingDecision.Reserve reserve(String contractId, int revision, Funds cost, Reservation replaced,
                                            String eventId, Instant now) {
        long availableSeen = available();
        List<LedgerEntry> entries = new ArrayList<>();
        if (replaced != null) {
            entries.add(entry(LedgerEntry.Kind.RELEASE, replaced.amountMinor(), contractId, replaced.revision(), eventId,
                    "revision " + revision + " replaces revision " + replaced.revision(), now));
            reservations.remove(replaced);
            reserved = Math.subtractExact(reserved, replaced.amountMinor());
        }
        entries.add(entry(LedgerEntry.Kind.RESERVATION, cost.minor(), contractId, revision, eventId,
                "contract signed (revision " + revision + ")", now));
        Reservation reservation = new Reservation(contractId, revision, cost.minor());
        reservations.add(reservation);
        reserved = Math.addExact(reserved, cost.minor());
        ledger.addAll(entries);
        return new FundingDecision.Reserve(reservation, replaced, availableSeen, entries, new BudgetReserved(contractId,
                employeeId, revision, fiscalYear, cost.money(), new Money(available(), currency)));
    }

    private FundingDecision.Decline decline(String contractId, int revision, Money cost, long availableForIt,
                                            DeclineReason reason, String message) {
        return new FundingDecision.Decline(available(), new BudgetReservationDeclined(contractId, employeeId, revision,
                fiscalYear, reason.name(), message, new Money(availableForIt, currency), cost));
    }

    /** The answer to a signed contract of an employee who has no account for its fiscal year. */
    public static BudgetReservationDeclined noAccount(String contractId, String employeeId, int revision, int fiscalYear,
                                                      Money cost) {
        return new BudgetReservationDeclined(contractId, employeeId, revision, fiscalYear,
                DeclineReason.NO_BUDGET_ACCOUNT.name(),
                "There is no learning budget for " + employeeId + " in fiscal year " + fiscalYear + ".",
                new Money(0, cost.currency()), cost);
    }

    /** True when the ledger explains every figure of the account. */
    public boolean ledgerBalances() {
        long sumAllocated = 0;
        long sumReserved = 0;
        long sumSpent = 0;
        for (LedgerEntry e : ledger) {
            switch (e.kind()) {
                case ALLOCATION, ADJUSTMENT -> sumAllocated += e.amountMinor();
                case RESERVATION -> sumReserved += e.amountMinor();
                case RELEASE -> sumReserved -= e.amountMinor();
                case SPEND -> sumSpent += e.amountMinor();
            }
        }
        long heldForContracts = reservations.stream().mapToLong(Reservation::amountMinor).sum();
        return sumAllocated == allocated && sumReserved == reserved && sumSpent == spent && heldForContracts == reserved;
    }

    public Optional<Reservation> reservationFor(String contractId) {
        return reservations.stream().filter(r -> r.contractId().equals(contractId)).findFirst();
    }

    private Funds availableFunds() {
        return new Funds(available(), currency);
    }

    private static LedgerEntry entry(LedgerEntry.Kind kind, long amount, String contractId, Integer revision,
                                     String eventId, String reason, Instant now) {
        return new LedgerEntry(UUID.randomUUID().toString(), kind, amount, contractId, revision, eventId, SAGA, reason, now);
    }

    public String employeeId() { return employeeId; }
    public int fiscalYear() { return fiscalYear; }
    public String businessUnit() { return businessUnit; }
    public String currency() { return currency; }
    public long allocated() { return allocated; }
    public long reserved() { return reserved; }
    public long spent() { return spent; }
    public List<Reservation> reservations() { return List.copyOf(reservations); }
    public List<PendingApproval> approvals() { return List.copyOf(approvals); }
    public List<LedgerEntry> ledger() { return List.copyOf(ledger); }
}
