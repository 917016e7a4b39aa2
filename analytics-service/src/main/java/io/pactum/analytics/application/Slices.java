package io.pactum.analytics.application;

import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.EmployeeFacts;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.Tally;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what: LD_ADMIN and ANALYST the business units of their token (another unit: 404); a manager the slice
 * of their direct reports (from the workforce projection); anyone else nothing (403).
 */
public class Slices {

    private final ReadModelStore store;
    private final Generations generations;
    private final WorkforceDirectory workforce;

    public Slices(ReadModelStore store, Generations generations, WorkforceDirectory workforce) {
        this.store = store;
        this.generations = generations;
        this.workforce = workforce;
    }

    public Slice of(Caller caller, String businessUnit, int fiscalYear) {
        int generation = generations.active();
        if (caller.hasAny(Role.LD_ADMIN, Role.ANALYST) && !caller.businessUnits().isEmpty()) {
            if (businessUnit != null && !caller.actsFor(businessUnit, Role.LD_ADMIN, Role.ANALYST)) {
                throw new NotFoundException("business unit " + businessUnit + " not found");
            }
            Set<String> units = businessUnit != null ? Set.of(businessUnit) : new TreeSet<>(caller.businessUnits());
            return new Slice(businessUnit, units, store.buckets(generation), generation, null, null);
        }
        if (caller.has(Role.MANAGER)) {
            return team(caller, businessUnit, fiscalYear, generation);
        }
        throw new AccessDeniedException("Analytics are for L&D admins and analysts of a business unit, and for managers about their team.");
    }

    /** 403 unless the caller may see some slice (freshness is about the read models as a whole). */
    public void requireReader(Caller caller) {
        boolean unitReader = caller.hasAny(Role.LD_ADMIN, Role.ANALYST) && !caller.businessUnits().isEmpty();
        if (!unitReader && !caller.has(Role.MANAGER)) {
            throw new AccessDeniedException("Analytics are for L&D admins and analysts of a business unit, and for managers about their team.");
        }
    }

    private Slice team(Caller manager, String businessUnit, int fiscalYear, int generation) {
        List<WorkforceMember> reports = workforce.directReports(manager.id());
        Set<String> members = reports.stream().map(WorkforceMember::employeeId).collect(Collectors.toCollection(TreeSet::new));
        List<ContractFacts> contracts = store.contracts(generation, store.contractIdsOf(generation, members)).stream()
                .filter(c -> members.contains(c.employeeId()))
                .filter(c -> businessUnit == null || businessUnit.equals(c.businessUnit()))
                .toList();
        Tally tally = new Tally();
        contracts.forEach(c -> tally.plus(c.contribution()));
        List<String> accountIds = members.stream().map(id -> BudgetAccountFacts.idOf(id, fiscalYear)).toList();
        store.accounts(generation, accountIds).stream()
                .filter(a -> businessUnit == null || businessUnit.equals(a.businessUnit()))
                .forEach(a -> tally.plus(a.contribution()));
        store.employees(generation, members).stream()
                .filter(e -> businessUnit == null || businessUnit.equals(e.businessUnit()))
                .map(EmployeeFacts::contribution).forEach(tally::plus);
        Set<String> units = new TreeSet<>();
        reports.stream().map(WorkforceMember::businessUnit).filter(u -> u != null).forEach(units::add);
        tally.keys().stream().map(RollupKey::businessUnit).forEach(units::add);
        if (businessUnit != null) {
            if (!units.contains(businessUnit)) {
                throw new NotFoundException("business unit " + businessUnit + " not found");
            }
            units = Set.of(businessUnit);
        }
        return new Slice(businessUnit, units, new TallySource(tally), generation, members, contracts);
    }
}
