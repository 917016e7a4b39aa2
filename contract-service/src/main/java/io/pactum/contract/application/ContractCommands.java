package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.LearningContract;
import io.pactum.events.contract.ContractEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The negotiation use cases: draft, amend, propose, sign, cancel. Each is one conditional write of the
 * new state and the events it causes; a contract changed meanwhile is a 409.
 */
@Service
public class ContractCommands {

    /** Steps that commute with a concurrent write (signatures, completions, check-ins, the scan) are retried on a fresh read, which re-checks every rule. */
    static final int RETRIED_ATTEMPTS = 3;

    private final ContractRepository contracts;
    private final ContractAccess access;
    private final WorkforceDirectory workforce;
    private final FiscalCalendars fiscalCalendars;
    private final Clock clock;

    public ContractCommands(ContractRepository contracts, ContractAccess access, WorkforceDirectory workforce,
                            FiscalCalendars fiscalCalendars, Clock clock) {
        this.fiscalCalendars = fiscalCalendars;
        this.contracts = contracts;
        this.access = access;
        this.workforce = workforce;
        this.clock = clock;
    }

    /**
     * A draft by the employee or their manager; the manager and business unit come from the directory. Without
     * a fiscal year, the year of the first activity's start in the business unit's fiscal calendar.
     */
    public LearningContract draft(Caller caller, String employeeId, Integer fiscalYear, ContractTerms terms) {
        return draft(caller, employeeId, fiscalYear, terms, null);
    }

    /** A draft as above, started from a contract template. */
    public LearningContract draft(Caller caller, String employeeId, Integer fiscalYear, ContractTerms terms,
                                  String templateId) {
        WorkforceMember employee = workforce.find(employeeId).filter(WorkforceMember::active)
                .orElseThrow(() -> new InvalidFieldException("employeeId", "is not an active employee in the directory"));
        if (employee.managerId() == null || employee.managerId().isBlank()) {
            throw new InvalidFieldException("employeeId", "has no manager in the directory to sign the contract with");
        }
        if (!caller.isSelf(employeeId) && !caller.id().equals(employee.managerId())) {
            throw new AccessDeniedException("Only the employee or their manager may draft the employee's contract.");
        }
        int year = fiscalYear != null ? fiscalYear : fiscalCalendars.of(employee.businessUnit()).yearOf(
                terms.activities().isEmpty() ? LocalDate.now(clock) : terms.start());
        LearningContract contract = LearningContract.draft(UUID.randomUUID().toString(), employeeId,
                employee.managerId(), employee.businessUnit(), year, terms, templateId, caller.id(), clock.instant());
        contracts.insert(contract, List.of());
        return contract;
    }

    /** New terms; who the contract is for and its fiscal year never change. */
    public LearningContract amend(Caller caller, String id, String employeeId, Integer fiscalYear, ContractTerms terms) {
        return change(caller, id, 1, contract -> {
            if (!contract.employeeId().equals(employeeId)) {
                throw new InvalidFieldException("employeeId", "cannot change: the contract is " + contract.employeeId() + "'s");
            }
            if (fiscalYear != null && contract.fiscalYear() != fiscalYear) {
                throw new InvalidFieldException("fiscalYear", "cannot change: the contract is for " + contract.fiscalYear());
            }
            return contract.amend(terms, caller.id(), clock.instant());
        });
    }

    public LearningContract propose(Caller caller, String id) {
        return change(caller, id, 1, contract -> contract.propose(caller.id(), clock.instant()));
    }

    public LearningContract sign(Caller caller, String id, int revision) {
        return change(caller, id, RETRIED_ATTEMPTS, contract -> contract.sign(caller.id(), revision, clock.instant()));
    }

    public LearningContract cancel(Caller caller, String id, String reason) {
        return change(caller, id, 1, contract -> contract.cancel(caller.id(), reason, clock.instant()));
    }

    LearningContract change(Caller caller, String id, int attempts,
                                    Function<LearningContract, List<ContractEvent>> step) {
        for (int attempt = 1; ; attempt++) {
            ContractRepository.Stored stored = access.visible(caller, id);
            LearningContract contract = stored.contract();
            List<ContractEvent> events = step.apply(contract);
            if (contracts.update(stored, contract, events, null)) {
                return contract;
            }
            if (attempt >= attempts) {
                throw new ConflictException("The contract was changed meanwhile; read it again and retry.");
            }
        }
    }
}
