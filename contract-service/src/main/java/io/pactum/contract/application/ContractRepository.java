package io.pactum.contract.application;

import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import io.pactum.events.contract.ContractEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where contracts live. Every write stores the new state and the events it caused in one document write. */
public interface ContractRepository {

    Optional<Stored> find(String id);

    void insert(LearningContract contract, List<ContractEvent> events);

    /**
     * @param causedBy the inbound event that caused the change, recorded so it is applied once; null for a command
     * @return false when the contract changed meanwhile or the event was already applied
     */
    boolean update(Stored before, LearningContract after, List<ContractEvent> events, String causedBy);

    /**
     * Up to {@code limit} ids, in id order after the given id (null: from the start), of the ACTIVE contracts
     * whose next deadline is before {@code today} — or not known yet (stored before it was kept).
     */
    List<String> activeWithDeadlineBefore(LocalDate today, String afterId, int limit);

    /** One page of the contracts the filter lets through, newest first. */
    Page search(Filter filter, int page, int size);

    /** A loaded contract with the version it was read at and the inbound events already applied to it. */
    record Stored(LearningContract contract, long version, Set<String> appliedEventIds) {
    }

    /**
     * What the caller may see (any of: their own, those they manage, those of their employees or units)
     * and what they asked for (null: any).
     */
    record Filter(String caller, List<String> managedEmployees, List<String> visibleInUnits,
                  Scope scope, String employeeId, ContractStatus status, String businessUnit, Integer fiscalYear,
                  LocalDate milestoneDueBy, boolean atRiskOnly) {
    }

    /**
     * Which of the visible contracts: the caller's own (MINE), their team's — the contracts they are the
     * manager of or of their direct reports (TEAM), those of the business units they work for as
     * LD_ADMIN/FINANCE/ANALYST (UNIT); null: all they may see.
     */
    enum Scope {
        MINE, TEAM, UNIT
    }

    record Page(List<LearningContract> items, long total) {
    }
}
