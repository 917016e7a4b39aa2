package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading contracts: only what the caller may see, as if nothing else existed. */
@Service
public class ContractQueries {

    private final ContractRepository contracts;
    private final ContractCommands commands;

    public ContractQueries(ContractRepository contracts, ContractCommands commands) {
        this.contracts = contracts;
        this.commands = commands;
    }

    public LearningContract get(Caller caller, String id) {
        return commands.visible(caller, id).contract();
    }

    public ContractRepository.Page list(Caller caller, String employeeId, ContractStatus status, String businessUnit,
                                        int page, int size) {
        List<String> units = caller.hasAny(Role.LD_ADMIN, Role.FINANCE, Role.ANALYST)
                ? List.copyOf(caller.businessUnits()) : List.of();
        String manager = caller.has(Role.MANAGER) ? caller.id() : null;
        return contracts.search(new ContractRepository.Filter(caller.id(), manager, units, employeeId, status, businessUnit),
                page, size);
    }
}
