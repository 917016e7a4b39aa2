package io.pactum.events.contract;

import io.pactum.events.EventType;

/** The budget reservation was declined; the contract is FUNDING_DECLINED until amended and signed again. */
@EventType("pactum.contract.funding-declined.v1")
public record ContractFundingDeclined(
        String contractId,
        String employeeId,
        int revision,
        String businessUnit,
        int fiscalYear,
        String reason,
        String message) implements ContractEvent {}
