package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;

/** A milestone was completed with evidence. */
@EventType("pactum.contract.milestone-completed.v1")
public record MilestoneCompleted(
        String contractId,
        String employeeId,
        String milestoneId,
        String title,
        Instant completedAt,
        String evidence,
        String businessUnit,
        int fiscalYear) implements ContractEvent {}
