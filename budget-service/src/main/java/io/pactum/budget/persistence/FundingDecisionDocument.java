package io.pactum.budget.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The answer to a signed contract of someone without a budget account: there is no account to hold it,
 * so it is kept here, once per causing event ({@code _id} = the event id), with the event it publishes.
 */
@Document(FundingDecisionDocument.COLLECTION)
record FundingDecisionDocument(@Id String id, String contractId, String employeeId, int revision, int fiscalYear,
                               String reason, Instant decidedAt, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "funding_decisions";
}
