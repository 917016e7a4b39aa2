package io.pactum.budget.domain;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An employee's personal learning budget for one fiscal year: allocated, reserved for signed contracts,
 * spent, and the append-only ledger that explains every figure. A restrictive account never goes below zero.
 */
public final class BudgetAccount {

    public static final String INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS";
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    public static final String NO_BUDGET_ACCOUNT = "NO_BUDGET_ACCOUNT";

    private final String employeeId;
    private final int fiscalYear;
    private final String businessUnit;
    private final String currency;
    private final BudgetPolicy.Mode mode;
    private long allocated;
    private long reserved;
    private long spent;
    private final Map<String, Reservation> reservations;
    private final List<LedgerEntry> ledger;

    private BudgetAccount(String employeeId, int fiscalYear, String businessUnit, String currency, BudgetPolicy.Mode mode,
                          long allocated, long reserved, long spent, Map<String, Reservation> reservations,
                          List<LedgerEntry> ledger) {
        this.employeeId = employeeId;
        this.fiscalYear = fiscalYear;
        this.businessUnit = businessUnit;
        this.currency = currency;
        this.mode = mode;
        this.allocated = allocated;
        this.reserved = reserved;
        this.spent = spent;
        this.reservations = new LinkedHashMap<>(reservations);
        this.ledger = new ArrayList<>(ledger);
    }

    /** Opens the account with the policy's allocation as its first ledger entry. */
    public static Opened open(String employeeId, String businessUnit, BudgetPolicy policy, String actor, Instant now) {
        BudgetAccount account = new BudgetAccount(employeeId, policy.fiscalYear(), businessUnit, policy.currency(),
                policy.mode(), 0, 0, 0, Map.of(), List.of());
        long amount = policy.defaultAllocation().amountMinor();
        account.allocated = amount;
        account.ledger.add(new LedgerEntry(UUID.randomUUID().toString(), LedgerEntry.Kind.ALLOCATION, amount, null, null,
                null, actor, "annual allocation " + policy.fiscalYear(), now));
        return new Opened(account, new BudgetAllocated(employeeId, policy.fiscalYear(), businessUnit,
                policy.defaultAllocation(), actor));
    }

    public record Opened(BudgetAccount account, BudgetAllocated event) {
    }

    public static BudgetAccount restore(String employeeId, int fiscalYear, String businessUnit, String currency,
                                        BudgetPolicy.Mode mode, long allocated, long reserved, long spent,
                                        Map<String, Reservation> reservations, List<LedgerEntry> ledger) {
        return new BudgetAccount(employeeId, fiscalYear, businessUnit, currency, mode, allocated, reserved, spent,
                reservations, ledger);
    }

    public long available() {
        return allocated - reserved - spent;
    }

    /**
     * Reserves a signed contract's cost. A contract signed again after an amendment moves its reservation
     * to the new cost (release and reserve). Declines when the currency differs, or when a restrictive
     * account would go below zero; a declined reservation changes no figure and writes no ledger entry.
     */
    public ReservationOutcome reserve(String contractId, int revision, Money cost, String eventId, Instant now) {
        if (!cost.currency().equals(currency)) {
            return declined(contractId, revision, cost, CURRENCY_MISMATCH, "The contract is in " + cost.currency()
                    + " but the budget is kept in " + currency + ".");
        }
        Reservation previous = reservations.get(contractId);
        if (previous != null && previous.revision() >= revision) {
            return new ReservationOutcome(true, null, List.of()); // this revision (or a newer one) is already reserved
        }
        long released = previous == null ? 0 : previous.amountMinor();
        long availableForIt = available() + released;
        if (mode == BudgetPolicy.Mode.RESTRICTIVE && cost.amountMinor() > availableForIt) {
            return declined(contractId, revision, cost, INSUFFICIENT_FUNDS, "Requested " + format(cost.amountMinor())
                    + " but only " + format(availableForIt) + " is available.");
        }
        if (previous != null) {
            reserved -= released;
            ledger.add(entry(LedgerEntry.Kind.RELEASE, released, contractId, previous.revision(), eventId,
                    "revision " + revision + " replaces revision " + previous.revision(), now));
        }
        reserved += cost.amountMinor();
        reservations.put(contractId, new Reservation(revision, cost.amountMinor()));
        ledger.add(entry(LedgerEntry.Kind.RESERVATION, cost.amountMinor(), contractId, revision, eventId,
                "contract signed", now));
        return new ReservationOutcome(true, null, List.of(new BudgetReserved(contractId, employeeId, revision, fiscalYear,
                cost, new Money(available(), currency))));
    }

    private ReservationOutcome declined(String contractId, int revision, Money cost, String reason, String message) {
        return new ReservationOutcome(false, reason, List.of(new BudgetReservationDeclined(contractId, employeeId, revision,
                fiscalYear, reason, message, new Money(available(), currency), cost)));
    }

    /** Declines a contract for which no account exists. */
    public static BudgetReservationDeclined noAccount(String contractId, String employeeId, int revision, int fiscalYear,
                                                      Money cost) {
        return new BudgetReservationDeclined(contractId, employeeId, revision, fiscalYear, NO_BUDGET_ACCOUNT,
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
                case ALLOCATION, ADJUSTMENT, CARRY_OVER -> sumAllocated += e.amountMinor();
                case EXPIRY -> sumAllocated -= e.amountMinor();
                case RESERVATION -> sumReserved += e.amountMinor();
                case RELEASE -> sumReserved -= e.amountMinor();
                case SPEND -> sumSpent += e.amountMinor();
                case REFUND -> sumSpent -= e.amountMinor();
            }
        }
        return sumAllocated == allocated && sumReserved == reserved && sumSpent == spent;
    }

    private LedgerEntry entry(LedgerEntry.Kind kind, long amount, String contractId, Integer revision, String eventId,
                              String reason, Instant now) {
        return new LedgerEntry(UUID.randomUUID().toString(), kind, amount, contractId, revision, eventId, "system", reason, now);
    }

    private String format(long minor) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    public String employeeId() { return employeeId; }
    public int fiscalYear() { return fiscalYear; }
    public String businessUnit() { return businessUnit; }
    public String currency() { return currency; }
    public BudgetPolicy.Mode mode() { return mode; }
    public long allocated() { return allocated; }
    public long reserved() { return reserved; }
    public long spent() { return spent; }
    public Map<String, Reservation> reservations() { return Map.copyOf(reservations); }
    public List<LedgerEntry> ledger() { return List.copyOf(ledger); }
}
