package io.pactum.contract.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.contract.domain.AssessmentOutcome;
import io.pactum.contract.domain.AuditEntry;
import io.pactum.contract.domain.Cancellation;
import io.pactum.contract.domain.CheckIn;
import io.pactum.contract.domain.MilestoneCompletion;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.FundingDecision;
import io.pactum.contract.domain.Revision;
import io.pactum.contract.domain.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learning contract as stored: its state with every revision (terms and signatures), the events
 * waiting to be published and the inbound events already applied — all changed in one document write.
 */
@Document(ContractDocument.COLLECTION)
// new names: the first slice created by_employee and by_unit with other keys, and a name clash fails startup
@CompoundIndex(name = "employee_newest", def = "{'employeeId': 1, 'createdAt': -1}")
@CompoundIndex(name = "manager_newest", def = "{'managerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "unit_status_newest", def = "{'businessUnit': 1, 'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "status_deadline", def = "{'status': 1, 'nextDeadline': 1}")
class ContractDocument {

    static final String COLLECTION = "contracts";

    @Id
    String id;
    @Version
    Long version;
    String employeeId;
    String managerId;
    String businessUnit;
    int fiscalYear;
    /** The contract template it was started from; absent for a contract drafted from scratch. */
    String templateId;
    ContractStatus status;
    /** The current revision's number, kept beside {@link #revisions} for queries and for people reading the store. */
    int revision;
    Instant createdAt;
    List<Revision> revisions = new ArrayList<>();
    FundingDecision fundingDecision;
    Cancellation cancellation;
    Instant activatedAt;
    List<MilestoneCompletion> completions = new ArrayList<>();
    List<String> missedMilestones = new ArrayList<>();
    List<CheckIn> checkIns = new ArrayList<>();
    List<LocalDate> missedCheckIns = new ArrayList<>();
    AssessmentOutcome assessment;
    List<AuditEntry> audit = new ArrayList<>();
    /** Derived, for the at-risk query: see {@code LearningContract.atRisk()}. */
    boolean atRisk;
    /** Derived, for the due-soon query: the earliest open milestone's due date; absent when none is open. */
    LocalDate nextMilestoneDue;
    /**
     * Derived, for the deadline scan: {@code LearningContract.nextDeadline()}, or {@link #NO_DEADLINE} when
     * nothing is left to miss; absent only in documents stored before it was kept (the scan reads those).
     */
    LocalDate nextDeadline;

    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);
    List<PendingEvent> pendingEvents = new ArrayList<>();
    List<String> appliedEventIds = new ArrayList<>();

    /**
     * The first slice's shape, read only: its revisions without signatures and the current revision's
     * signatures keyed by party. Never written; {@link MongoContractRepository} upgrades on read and the
     * next write stores {@link #revisions}. Remove once no store holds such documents.
     */
    List<Revision> history;
    Map<String, Signature> signatures;
}
