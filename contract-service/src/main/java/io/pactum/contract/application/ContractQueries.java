package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.contract.domain.AuditEntry;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reading contracts: only what the caller may see, as if nothing else existed. */
@Service
public class ContractQueries {

    private final ContractRepository contracts;
    private final ContractAccess access;
    private final WorkforceDirectory workforce;
    private final Clock clock;

    public ContractQueries(ContractRepository contracts, ContractAccess access, WorkforceDirectory workforce, Clock clock) {
        this.contracts = contracts;
        this.access = access;
        this.workforce = workforce;
        this.clock = clock;
    }

    public LearningContract get(Caller caller, String id) {
        return access.visible(caller, id).contract();
    }

    /**
     * One page of what the caller may see, narrowed by the scope and filters (null: any). {@code dueWithinDays}
     * keeps ACTIVE contracts with an open milestone due within that many days from today; {@code atRisk}
     * keeps ACTIVE contracts with a missed milestone still open or a missed check-in with none since.
     */
    public ContractRepository.Page list(Caller caller, ContractRepository.Scope scope, String employeeId,
                                        ContractStatus status, String businessUnit, Integer fiscalYear,
                                        Integer dueWithinDays, boolean atRisk, int page, int size) {
        List<String> reports = caller.has(Role.MANAGER)
                ? workforce.directReports(caller.id()).stream().map(WorkforceMember::employeeId).toList()
                : List.of();
        LocalDate dueBy = dueWithinDays == null ? null : LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(dueWithinDays);
        return contracts.search(new ContractRepository.Filter(caller.id(), reports, ContractAccess.unitsSeenBy(caller),
                scope, employeeId, status, businessUnit, fiscalYear, dueBy, atRisk), page, size);
    }

    /** The audit trail: for the two parties, the employee's manager now, and L&D of the contract's unit (403 for others who see it). */
    public List<AuditEntry> audit(Caller caller, String id) {
        LearningContract contract = get(caller, id);
        boolean allowed = contract.isParty(caller.id()) || workforce.isManagerOf(caller.id(), contract.employeeId())
                || caller.actsFor(contract.businessUnit(), Role.LD_ADMIN);
        if (!allowed) {
            throw new AccessDeniedException("The audit trail is for the parties and L&D of the business unit.");
        }
        return contract.audit();
    }
}
