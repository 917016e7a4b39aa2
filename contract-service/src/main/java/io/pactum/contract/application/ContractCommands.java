package io.pactum.contract.application;

import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.LearningContract;
import io.pactum.events.contract.ContractEvent;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** The negotiation use cases: draft, amend, propose, sign — each one conditional write of state and events. */
@Service
public class ContractCommands {

    private final ContractRepository contracts;
    private final WorkforceDirectory workforce;
    private final AccessPolicy access;
    private final Clock clock;

    public ContractCommands(ContractRepository contracts, WorkforceDirectory workforce, AccessPolicy access, Clock clock) {
        this.contracts = contracts;
        this.workforce = workforce;
        this.access = access;
        this.clock = clock;
    }

    public LearningContract draft(Caller caller, String employeeId, int fiscalYear, ContractTerms terms) {
        WorkforceMember employee = workforce.find(employeeId).filter(WorkforceMember::active)
                .orElseThrow(() -> new InvalidFieldException("employeeId", "is not an active employee in the directory"));
        if (employee.managerId() == null) {
            throw new InvalidFieldException("employeeId", "has no manager to sign the contract with");
        }
        boolean party = caller.isSelf(employeeId) || caller.id().equals(employee.managerId());
        if (!party && !access.actsForEmployee(caller, employeeId, Role.LD_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the employee, their manager or an L&D admin of the unit may draft a contract");
        }
        LearningContract contract = LearningContract.draft(UUID.randomUUID().toString(), employeeId,
                employee.managerId(), employee.businessUnit(), fiscalYear, terms, caller.id(), clock.instant());
        contracts.insert(contract, List.of());
        return contract;
    }

    public LearningContract amend(Caller caller, String id, ContractTerms terms) {
        return change(caller, id, contract -> contract.amend(terms, caller.id(), clock.instant()));
    }

    public LearningContract propose(Caller caller, String id) {
        return change(caller, id, contract -> contract.propose(caller.id(), clock.instant()));
    }

    public LearningContract sign(Caller caller, String id, int revision) {
        return change(caller, id, contract -> contract.sign(caller.id(), revision, clock.instant()));
    }

    private LearningContract change(Caller caller, String id, Function<LearningContract, List<ContractEvent>> step) {
        ContractRepository.Stored stored = visible(caller, id);
        LearningContract contract = stored.contract();
        List<ContractEvent> events = step.apply(contract);
        if (!contracts.update(stored, contract, events, null)) {
            throw new ConflictException("the contract was changed meanwhile; read it again and retry");
        }
        return contract;
    }

    ContractRepository.Stored visible(Caller caller, String id) {
        ContractRepository.Stored stored = contracts.find(id)
                .orElseThrow(() -> new NotFoundException("contract " + id + " not found"));
        LearningContract contract = stored.contract();
        if (!(contract.isParty(caller.id()) || access.canSee(caller, contract.employeeId()))) {
            throw new NotFoundException("contract " + id + " not found");
        }
        return stored;
    }
}
