package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** The reservation exceeds the policy threshold and waits for an L&D admin. */
@EventType("pactum.budget.reservation-pending-approval.v1")
public record BudgetReservationPendingApproval(
        String approvalId,
        String contractId,
        String employeeId,
        int revision,
        int fiscalYear,
        String businessUnit,
        Money requested,
        Money threshold) implements BudgetEvent {}
