package io.pactum.budget.domain;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.budget.BudgetThresholdReached;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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
    private final SortedSet<Integer> thresholdsReached;
    /** What the year-end close carried over into the next year; null while the year is open. */
    private Long carriedOver;

    /** The shares of the allocation used (reserved + spent) at which BudgetThresholdReached is published. */
    static final List<Integer> THRESHOLDS = List.of(80, 100);

    private BudgetAccount(String employeeId, int fiscalYear, String businessUnit, String currency, long allocated,
                          long reserved, long spent, List<Reservation> reservations, List<PendingApproval> approvals,
                          List<LedgerEntry> ledger, Collection<Integer> thresholdsReached, Long carriedOver) {
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
        this.thresholdsReached = new TreeSet<>(thresholdsReached);
        this.carriedOver = carriedOver;
    }

    /** Opens the account with the policy's default allocation for the whole year as its first ledger entry. */
    public static Opened open(String employeeId, String businessUnit, BudgetPolicy policy, String actor, Instant now) {
        return open(employeeId, businessUnit, policy, policy.allocationFor(null, 12), actor, now);
    }

    /** Opens the account with this allocation (by job role, pro-rated) as its first ledger entry. */
    public static Opened open(String employeeId, String businessUnit, BudgetPolicy policy, BudgetPolicy.Allocation allocation,
                              String actor, Instant now) {
        long amount = allocation.amount().amountMinor();
        BudgetAccount account = new BudgetAccount(employeeId, policy.fiscalYear(), businessUnit, policy.currency(),
                amount, 0, 0, List.of(), List.of(), List.of(new LedgerEntry(UUID.randomUUID().toString(),
                        LedgerEntry.Kind.ALLOCATION, amount, null, null, null, actor, allocation.reason(), now)), List.of(), null);
        return new Opened(account, new BudgetAllocated(employeeId, policy.fiscalYear(), businessUnit,
                allocation.amount(), actor));
    }

    /** A new account and the event announcing it. */
    public record Opened(BudgetAccount account, BudgetAllocated event) {
    }

    public static BudgetAccount restore(String employeeId, int fiscalYear, String businessUnit, String currency,
                                        long allocated, long reserved, long spent, List<Reservation> reservations,
                                        List<PendingApproval> approvals, List<LedgerEntry> ledger,
                                        Collection<Integer> thresholdsReached, Long carriedOver) {
        return new BudgetAccount(employeeId, fiscalYear, businessUnit, currency, allocated, reserved, spent,
                reservations, approvals, ledger, thresholdsReached, carriedOver);
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
        if (held.isPresent() && held.get().closed()) {
            return new FundingDecision.AlreadyAnswered(contractId + " has ended; its funds were released");
        }
        if (held.isPresent() && held.get().revision() >= revision) {
            return new FundingDecision.AlreadyAnswered("revision " + held.get().revision() + " of " + contractId + " holds funds");
        }
        String approvalId = PendingApproval.idOf(contractId, revision);
        if (approvals.stream().anyMatch(a -> a.approvalId().equals(approvalId))) {
            return new FundingDecision.AlreadyAnswered("revision " + revision + " of " + contractId + " awaits approval");
        }
        if (yearClosed()) {
            return decline(contractId, revision, cost, available(), DeclineReason.YEAR_CLOSED,
                    "The " + fiscalYear + " budget of " + employeeId + " is closed.");
        }
        if (!cost.currency().equals(currency)) {
            return decline(contractId, revision, cost, available(), DeclineReason.CURRENCY_MISMATCH,
                    "The contract is in " + cost.currency() + " but the budget is kept in " + currency + ".");
        }
        Funds requested = Funds.of(cost);
        Funds releasable = new Funds(held.map(Reservation::amountMinor).orElse(0L), currency);
        Funds availableForIt = availableFunds().plus(releasable);
        if (policy.restrictive() && !availableForIt.covers(stillToHold(contractId, requested))) {
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
        return reserve(contractId, revision, requested, held.orElse(null), eventId, SAGA, "contract signed", now);
    }

    private FundingDecision.Reserve reserve(String contractId, int revision, Funds cost, Reservation replaced,
                                            String eventId, String actor, String why, Instant now) {
        long availableSeen = available();
        List<LedgerEntry> entries = new ArrayList<>();
        if (replaced != null) {
            entries.add(entry(LedgerEntry.Kind.RELEASE, replaced.amountMinor(), contractId, replaced.revision(), eventId,
                    actor, "revision " + revision + " replaces revision " + replaced.revision(), now));
            reservations.remove(replaced);
            reserved = Math.subtractExact(reserved, replaced.amountMinor());
        }
        Funds hold = stillToHold(contractId, cost);
        entries.add(entry(LedgerEntry.Kind.RESERVATION, hold.minor(), contractId, revision, eventId, actor,
                why + " (revision " + revision + ")", now));
        Reservation reservation = new Reservation(contractId, revision, hold.minor());
        reservations.add(reservation);
        reserved = Math.addExact(reserved, hold.minor());
        ledger.addAll(entries);
        return new FundingDecision.Reserve(reservation, replaced, availableSeen, entries, new BudgetReserved(contractId,
                employeeId, revision, fiscalYear, hold.money(), new Money(available(), currency)), thresholdsCrossed());
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

    /**
     * An L&D admin approves a contract waiting above the threshold: its cost is reserved now (replacing what
     * an earlier revision holds). A restrictive account that can no longer cover it declines it instead.
     */
    public Change approve(String approvalId, BudgetPolicy policy, String actor, Instant now) {
        PendingApproval approval = takeApproval(approvalId);
        Optional<Reservation> held = reservationFor(approval.contractId());
        Funds requested = new Funds(approval.amountMinor(), currency);
        Funds availableForIt = availableFunds().plus(new Funds(held.map(Reservation::amountMinor).orElse(0L), currency));
        if (policy.restrictive() && !availableForIt.covers(requested)) {
            FundingDecision.Decline decline = decline(approval.contractId(), approval.revision(), requested.money(),
                    availableForIt.minor(), DeclineReason.INSUFFICIENT_FUNDS, "Approved by " + actor + ", but "
                            + requested.inWords() + " no longer fits: only " + availableForIt.inWords() + " is available.");
            return new Change(List.of(), List.of(decline.event()));
        }
        FundingDecision.Reserve reserve = reserve(approval.contractId(), approval.revision(), requested, held.orElse(null),
                approval.eventId(), actor, "approved by " + actor, now);
        return new Change(reserve.entries(), reserve.events());
    }

    /** An L&D admin declines a contract waiting above the threshold; nothing was held for it. */
    public Change declineApproval(String approvalId, String actor, String reason) {
        PendingApproval approval = takeApproval(approvalId);
        Money requested = new Money(approval.amountMinor(), currency);
        return new Change(List.of(), List.of(decline(approval.contractId(), approval.revision(), requested, available(),
                DeclineReason.APPROVAL_DECLINED, "Declined by " + actor + ": " + reason).event()));
    }

    private PendingApproval takeApproval(String approvalId) {
        PendingApproval approval = approval(approvalId).orElseThrow(
                () -> new BudgetRuleException("approval " + approvalId + " is not pending"));
        approvals.remove(approval);
        return approval;
    }

    public Optional<PendingApproval> approval(String approvalId) {
        return approvals.stream().filter(a -> a.approvalId().equals(approvalId)).findFirst();
    }

    /**
     * The contract ended (completed, failed or cancelled): what it still holds goes back to available, a
     * waiting approval is dropped, and it takes no more expenses. Ending twice changes nothing.
     */
    public Change close(String contractId, String why, String eventId, Instant now) {
        approvals.removeIf(a -> a.contractId().equals(contractId));
        Optional<Reservation> held = reservationFor(contractId);
        if (held.isEmpty()) {
            reservations.add(new Reservation(contractId, 0, 0, true)); // so that late funding finds it ended
            return Change.NONE;
        }
        if (held.get().closed()) {
            return Change.NONE;
        }
        Reservation reservation = held.get();
        replace(reservation, reservation.closedNow());
        if (reservation.amountMinor() == 0) {
            return Change.NONE;
        }
        reserved = Math.subtractExact(reserved, reservation.amountMinor());
        LedgerEntry release = entry(LedgerEntry.Kind.RELEASE, reservation.amountMinor(), contractId,
                reservation.revision(), eventId, SAGA, why, now);
        ledger.add(release);
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetReleased(employeeId, contractId, fiscalYear, businessUnit,
                new Money(reservation.amountMinor(), currency)));
        events.addAll(thresholdsCrossed());
        return new Change(List.of(release), events);
    }

    /**
     * FINANCE tops the allocation up (positive) or cuts it (negative), with a reason. A restrictive account
     * cannot be cut below what is already reserved and spent.
     */
    public Change adjust(Money amount, String reason, BudgetPolicy policy, String actor, Instant now) {
        Funds change = inCurrency(amount);
        if (change.minor() == 0) {
            throw new BudgetRuleException("an adjustment of zero changes nothing");
        }
        if (yearClosed()) {
            throw new BudgetRuleException("the " + fiscalYear + " budget is closed; adjust the next year's");
        }
        if (policy.restrictive() && !availableFunds().plus(change).covers(Funds.zero(currency))) {
            throw new BudgetRuleException("a cut of " + new Funds(-change.minor(), currency).inWords()
                    + " would leave less than is committed: only " + availableFunds().inWords() + " is available");
        }
        allocated = Math.addExact(allocated, change.minor());
        LedgerEntry entry = entry(LedgerEntry.Kind.ADJUSTMENT, change.minor(), null, null, null, actor, reason, now);
        ledger.add(entry);
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetAdjusted(employeeId, fiscalYear, businessUnit, amount, reason, actor));
        events.addAll(thresholdsCrossed());
        return new Change(List.of(entry), events);
    }

    /**
     * An actual expense for a funded contract: it draws down the contract's reservation first and what
     * exceeds it from available (which a restrictive account must cover). An invoice is booked once.
     */
    public Change spend(Expense expense, BudgetPolicy policy, String actor, Instant now) {
        Funds amount = inCurrency(expense.amount());
        if (amount.minor() <= 0) {
            throw new BudgetRuleException("an expense must be more than zero");
        }
        Reservation reservation = reservationFor(expense.contractId()).filter(r -> r.revision() > 0).orElseThrow(
                () -> new BudgetRuleException("contract " + expense.contractId() + " holds no funds of this budget"));
        if (reservation.closed()) {
            throw new BudgetRuleException("contract " + expense.contractId() + " has ended; it takes no more expenses");
        }
        if (ledger.stream().anyMatch(e -> e.kind() == LedgerEntry.Kind.SPEND && expense.invoiceReference().equals(e.reference()))) {
            throw new BudgetRuleException("invoice " + expense.invoiceReference() + " is booked already");
        }
        long fromReservation = Math.min(amount.minor(), reservation.amountMinor());
        long beyond = amount.minor() - fromReservation;
        if (policy.restrictive() && beyond > available()) {
            throw new BudgetRuleException("the expense exceeds what the contract holds by "
                    + new Funds(beyond, currency).inWords() + " but only " + availableFunds().inWords() + " is available");
        }
        List<LedgerEntry> entries = new ArrayList<>();
        String what = expense.supplier() + ", invoice " + expense.invoiceReference() + " of " + expense.date()
                + (expense.activity() == null ? "" : " (" + expense.activity() + ")");
        if (fromReservation > 0) {
            entries.add(entry(LedgerEntry.Kind.RELEASE, fromReservation, reservation.contractId(), reservation.revision(),
                    null, actor, "spent: " + what, now));
            replace(reservation, reservation.drawnDownBy(fromReservation));
            reserved = Math.subtractExact(reserved, fromReservation);
        }
        entries.add(new LedgerEntry(UUID.randomUUID().toString(), LedgerEntry.Kind.SPEND, amount.minor(),
                reservation.contractId(), reservation.revision(), null, actor, what, now, expense.invoiceReference()));
        spent = Math.addExact(spent, amount.minor());
        ledger.addAll(entries);
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetSpent(employeeId, reservation.contractId(), fiscalYear, businessUnit, amount.money(),
                expense.supplier(), expense.invoiceReference()));
        events.addAll(thresholdsCrossed());
        return new Change(entries, events);
    }

    /** A supplier paid back (part of) a booked invoice: spent shrinks, available grows. */
    public Change refund(String invoiceReference, Money amount, String reason, String actor, Instant now) {
        Funds refund = inCurrency(amount);
        if (refund.minor() <= 0) {
            throw new BudgetRuleException("a refund must be more than zero");
        }
        LedgerEntry invoice = ledger.stream()
                .filter(e -> e.kind() == LedgerEntry.Kind.SPEND && invoiceReference.equals(e.reference())).findFirst()
                .orElseThrow(() -> new BudgetRuleException("invoice " + invoiceReference + " is not booked on this budget"));
        long refundedBefore = ledger.stream()
                .filter(e -> e.kind() == LedgerEntry.Kind.REFUND && invoiceReference.equals(e.reference()))
                .mapToLong(LedgerEntry::amountMinor).sum();
        if (refundedBefore + refund.minor() > invoice.amountMinor()) {
            throw new BudgetRuleException("invoice " + invoiceReference + " was " + new Funds(invoice.amountMinor(), currency).inWords()
                    + " and " + new Funds(refundedBefore, currency).inWords() + " of it is refunded already");
        }
        spent = Math.subtractExact(spent, refund.minor());
        LedgerEntry entry = new LedgerEntry(UUID.randomUUID().toString(), LedgerEntry.Kind.REFUND, refund.minor(),
                invoice.contractId(), invoice.revision(), null, actor, reason, now, invoiceReference);
        ledger.add(entry);
        return new Change(List.of(entry), List.copyOf(thresholdsCrossed()));
    }

    /** An expense as finance books it. */
    public record Expense(String contractId, Money amount, String supplier, String invoiceReference,
                          LocalDate date, String activity) {
    }

    /**
     * The thresholds of {@link #THRESHOLDS} that the used share (reserved + spent of allocated) has reached
     * now but had not before; each is announced once, and again only after the share fell below it.
     */
    List<BudgetThresholdReached> thresholdsCrossed() {
        long used = Math.addExact(reserved, spent);
        List<BudgetThresholdReached> crossed = new ArrayList<>();
        for (int percent : THRESHOLDS) {
            boolean reached = allocated > 0 && used * 100 >= (long) percent * allocated;
            if (reached && thresholdsReached.add(percent)) {
                crossed.add(new BudgetThresholdReached(employeeId, fiscalYear, businessUnit, percent));
            } else if (!reached) {
                thresholdsReached.remove(percent);
            }
        }
        return crossed;
    }

    /** A contract's cost less what was already spent on it (a re-signed contract may have had expenses). */
    private Funds stillToHold(String contractId, Funds cost) {
        long spentOnIt = ledger.stream().filter(e -> contractId.equals(e.contractId())).mapToLong(e -> switch (e.kind()) {
            case SPEND -> e.amountMinor();
            case REFUND -> -e.amountMinor();
            default -> 0;
        }).sum();
        return new Funds(Math.max(0, cost.minor() - spentOnIt), currency);
    }

    private Funds inCurrency(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new BudgetRuleException("the amount is in " + amount.currency() + " but this budget is kept in " + currency);
        }
        return Funds.of(amount);
    }

    private void replace(Reservation old, Reservation now) {
        reservations.set(reservations.indexOf(old), now);
    }

    /** What a change wrote to the ledger and the events it publishes. */
    public record Change(List<LedgerEntry> entries, List<BudgetEvent> events) {

        public static final Change NONE = new Change(List.of(), List.of());

        public Change {
            entries = List.copyOf(entries);
            events = List.copyOf(events);
        }
    }

    /**
     * The year-end close: what is still available expires (EXPIRY) and the policy's share of it is carried
     * over into the next year's account (see {@link #carryIn}). Money held for running contracts stays. Closing
     * a closed year changes nothing; a closed year takes no more funding, expenses beyond reservations or cuts.
     */
    public Change closeYear(BudgetPolicy policy, String actor, Instant now) {
        if (yearClosed()) {
            return Change.NONE;
        }
        long expiring = Math.max(0, available());
        long carry = Math.multiplyExact(expiring, policy.carryOverPercent()) / 100;
        carriedOver = carry;
        if (expiring == 0) {
            return Change.NONE;
        }
        allocated = Math.subtractExact(allocated, expiring);
        LedgerEntry entry = entry(LedgerEntry.Kind.EXPIRY, expiring, null, null, null, actor,
                "year-end close " + fiscalYear + ": " + new Funds(carry, currency).inWords() + " carried over ("
                        + policy.carryOverPercent() + " %), the rest expires", now);
        ledger.add(entry);
        return new Change(List.of(entry), List.of(new BudgetAdjusted(employeeId, fiscalYear, businessUnit,
                new Money(-expiring, currency), "year-end close " + fiscalYear, actor)));
    }

    /** Receives what the previous year's close carried over (CARRY_OVER). */
    public Change carryIn(int fromYear, long amountMinor, String actor, Instant now) {
        if (amountMinor <= 0) {
            return Change.NONE;
        }
        allocated = Math.addExact(allocated, amountMinor);
        String reason = "carried over from " + fromYear;
        LedgerEntry entry = entry(LedgerEntry.Kind.CARRY_OVER, amountMinor, null, null, null, actor, reason, now);
        ledger.add(entry);
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetAdjusted(employeeId, fiscalYear, businessUnit, new Money(amountMinor, currency), reason, actor));
        events.addAll(thresholdsCrossed());
        return new Change(List.of(entry), events);
    }

    /** True when the ledger explains every figure of the account. */
    public boolean ledgerBalances() {
        long sumAllocated = 0;
        long sumReserved = 0;
        long sumSpent = 0;
        for (LedgerEntry e : ledger) {
            switch (e.kind()) {
                case ALLOCATION, ADJUSTMENT, CARRY_OVER -> sumAllocated += e.amountMinor();
                case EXPIRY -> sumAllocated -= e.amountMinor();
                case RESERVATION -> sumReserved += e.amountMinor();
                case RELEASE -> sumReserved -= e.amountMinor();
                case SPEND -> sumSpent += e.amountMinor();
                case REFUND -> sumSpent -= e.amountMinor();
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
                                     String eventId, String actor, String reason, Instant now) {
        return new LedgerEntry(UUID.randomUUID().toString(), kind, amount, contractId, revision, eventId, actor, reason, now);
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
    public SortedSet<Integer> thresholdsReached() { return new TreeSet<>(thresholdsReached); }
    public Optional<Long> carriedOver() { return Optional.ofNullable(carriedOver); }
    public boolean yearClosed() { return carriedOver != null; }
}
