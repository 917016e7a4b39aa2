package io.pactum.contract.application;

import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.contract.domain.LearningContract;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see a contract: its two parties, LD_ADMIN/FINANCE/ANALYST of its business unit, and whoever the
 * workforce directory says may see the employee's records now (e.g. a new manager after a re-org).
 * A contract one may not see does not exist (404).
 */
@Component
public class ContractAccess {

    private static final Role[] UNIT_ROLES = {Role.LD_ADMIN, Role.FINANCE, Role.ANALYST};

    private final ContractRepository contracts;
    private final AccessPolicy policy;

    public ContractAccess(ContractRepository contracts, AccessPolicy policy) {
        this.contracts = contracts;
        this.policy = policy;
    }

    public ContractRepository.Stored visible(Caller caller, String id) {
        ContractRepository.Stored stored = contracts.find(id).orElseThrow(() -> notFound(id));
        LearningContract contract = stored.contract();
        boolean visible = contract.isParty(caller.id())
                || caller.actsFor(contract.businessUnit(), UNIT_ROLES)
                || policy.canSee(caller, contract.employeeId());
        if (!visible) {
            throw notFound(id);
        }
        return stored;
    }

    /** The business units in which the caller sees every contract. */
    static List<String> unitsSeenBy(Caller caller) {
        return caller.hasAny(UNIT_ROLES) ? List.copyOf(caller.businessUnits()) : List.of();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("contract " + id + " not found");
    }
}
