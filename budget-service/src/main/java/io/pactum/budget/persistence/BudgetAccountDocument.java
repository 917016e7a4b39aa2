package io.pactum.budget.persistence;

import io.pactum.budget.domain.LedgerEntry;
import io.pactum.budget.domain.PendingApproval;
import io.pactum.budget.domain.Reservation;
import io.pactum.chassis.outbox.PendingEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One employee's budget for one fiscal year, with its ledger, reservations, applied event ids and pending
 * events, so that a figure, the entry explaining it and the event announcing it are one write.
 * {@code _id = employeeId:fiscalYear}: the account exists once however many allocations run at once.
 * {@code available} is kept in the same {@code $inc} as the figures so that a write can be conditional on it.
 */
@Document(BudgetAccountDocument.COLLECTION)
@CompoundIndex(name = "by_unit_and_year", def = "{'businessUnit': 1, 'fiscalYear': 1}")
class BudgetAccountDocument {

    static final String COLLECTION = "budget_accounts";
    static final String AVAILABLE = "available";
    static final String RESERVED = "reserved";
    static final String RESERVATIONS = "reservations";
    static final String APPROVALS = "approvals";
    static final String LEDGER = "ledger";
    static final String ALLOCATED = "allocated";
    static final String SPENT = "spent";
    static final String THRESHOLDS_REACHED = "thresholdsReached";
    static final String CARRIED_OVER = "carriedOver";

    @Id
    String id;
    @Version
    Long version;
    String employeeId;
    int fiscalYear;
    String businessUnit;
    String currency;
    long allocated;
    long reserved;
    long spent;
    long available;
    List<Reservation> reservations = new ArrayList<>();
    List<PendingApproval> approvals = new ArrayList<>();
    List<LedgerEntry> ledger = new ArrayList<>();
    List<Integer> thresholdsReached = new ArrayList<>();
    Long carriedOver;
    List<String> appliedEventIds = new ArrayList<>();
    List<PendingEvent> pendingEvents = new ArrayList<>();

    static String idOf(String employeeId, int fiscalYear) {
        return employeeId + ":" + fiscalYear;
    }
}
