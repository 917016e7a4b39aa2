package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading contracts: only what the caller may see, as if nothing else existed. */
@Service
public class ContractQueries {

    private final ContractRepository contracts;
    private final ContractAccess access;
    private final WorkforceDirectory workforce;

    public ContractQueries(ContractRepository contracts, ContractAccess access, WorkforceDirectory workforce) {
        this.contracts = contracts;
        this.access = access;
        this.workforce = workforce;
    }

    public LearningContract get(Caller caller, String id) {
        return access.visible(caller, id).contract();
    }

    public ContractRepository.Page list(Caller caller, String employeeId, ContractStatus status, String businessUnit,
                                        int page, int size) {
        List<String> reports = caller.has(Role.MANAGER)
                ? workforce.directReports(caller.id()).stream().map(WorkforceMember::employeeId).toList()
                : List.of();
        return contracts.search(new ContractRepository.Filter(caller.id(), reports, ContractAccess.unitsSeenBy(caller),
                employeeId, status, businessUnit), page, size);
    }
}
