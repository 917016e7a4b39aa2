package io.pactum.contract.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.FundingDecision;
import io.pactum.contract.domain.Revision;
import io.pactum.contract.domain.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A learning contract as stored: its state, the events waiting to be published and the events applied. */
@Document(ContractDocument.COLLECTION)
@CompoundIndex(name = "by_employee", def = "{'employeeId': 1, 'status': 1}")
@CompoundIndex(name = "by_unit", def = "{'businessUnit': 1, 'status': 1}")
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
    ContractStatus status;
    int revision;
    ContractTerms terms;
    List<Revision> history = new ArrayList<>();
    Map<String, Signature> signatures;
    FundingDecision fundingDecision;
    List<PendingEvent> pendingEvents = new ArrayList<>();
    List<String> appliedEventIds = new ArrayList<>();
}
