package io.pactum.budget.persistence;

import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.budget.domain.Reservation;
import io.pactum.chassis.outbox.PendingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One employee's budget for one fiscal year: {@code _id = employeeId:fiscalYear}, so it exists once. */
@Document(BudgetAccountDocument.COLLECTION)
@CompoundIndex(name = "by_unit", def = "{'businessUnit': 1, 'fiscalYear': 1}")
class BudgetAccountDocument {

    static final String COLLECTION = "budget_accounts";

    @Id
    String id;
    @Version
    Long version;
    String employeeId;
    int fiscalYear;
    String businessUnit;
    String currency;
    BudgetPolicy.Mode mode;
    long allocated;
    long reserved;
    long spent;
    Map<String, Reservation> reservations;
    List<LedgerEntry> ledger = new ArrayList<>();
    List<PendingEvent> pendingEvents = new ArrayList<>();
    List<String> appliedEventIds = new ArrayList<>();

    static String idOf(String employeeId, int fiscalYear) {
        return employeeId + ":" + fiscalYear;
    }
}
