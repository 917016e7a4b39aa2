package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.competency.domain.Employee;
import io.pactum.competency.domain.EmployeeCsv;
import io.pactum.competency.domain.ReportingLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The workforce directory's use cases: who may see and write whom, single changes and all-or-none imports. */
@Service
public class Directory {

    private final EmployeeStore employees;
    private final WorkforceDirectory projection;

    public Directory(EmployeeStore employees, WorkforceDirectory projection) {
        this.employees = employees;
        this.projection = projection;
    }

    public Employee get(Caller caller, String id) {
        Employee employee = employees.find(id).map(EmployeeStore.Stored::employee)
                .orElseThrow(() -> new NotFoundException("employee " + id + " not found"));
        if (!EmployeeAccess.canSee(caller, employee)) {
            throw new NotFoundException("employee " + id + " not found");
        }
        return employee;
    }

    public EmployeeStore.Page list(Caller caller, String businessUnit, int page, int size) {
        List<String> ids = new ArrayList<>(List.of(caller.id()));
        if (caller.has(Role.MANAGER)) {
            projection.directReports(caller.id()).stream().map(WorkforceMember::employeeId).forEach(ids::add);
        }
        List<String> units = caller.hasAny(Role.LD_ADMIN, Role.FINANCE, Role.ANALYST)
                ? List.copyOf(caller.businessUnits()) : List.of();
        return employees.search(ids, units, businessUnit, page, size);
    }

    public Employee create(Caller caller, Employee employee) {
        requireAdmin(caller, employee.businessUnit(), "businessUnit");
        validate(employee);
        if (!employees.insert(employee)) {
            throw new ConflictException("employee " + employee.id() + " exists already");
        }
        return employee;
    }

    public Employee put(Caller caller, Employee employee) {
        requireAdmin(caller, employee.businessUnit(), "businessUnit");
        validate(employee);
        Optional<EmployeeStore.Stored> stored = employees.find(employee.id());
        if (stored.isEmpty()) {
            if (!employees.insert(employee)) {
                throw new ConflictException("employee " + employee.id() + " was created meanwhile; retry");
            }
        } else if (!stored.get().employee().equals(employee) && !employees.update(stored.get(), employee)) {
            throw new ConflictException("employee " + employee.id() + " was changed meanwhile; retry");
        }
        return employee;
    }

    /**
     * Validates every row first; writes only when all are valid. Unchanged rows publish nothing. Like a single
     * write, it is for L&D admins (403 for anyone else); rows of units the admin does not act for are errors.
     */
    public ImportReport importCsv(Caller caller, String csv) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("only an L&D admin writes the directory");
        }
        EmployeeCsv.Parsed parsed = EmployeeCsv.parse(csv);
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        parsed.problems().forEach(p -> errors.add(new InvalidFieldException.FieldError("line " + p.line() + ": " + p.field(), p.message())));
        Map<String, Employee> inFile = new HashMap<>();
        for (EmployeeCsv.Row row : parsed.rows()) {
            Employee e = row.employee();
            e.violations().forEach(v -> errors.add(new InvalidFieldException.FieldError("line " + row.line() + ": " + v.field(), v.message())));
            if (inFile.put(e.id(), e) != null) {
                errors.add(new InvalidFieldException.FieldError("line " + row.line() + ": id", "appears twice in the file"));
            }
            if (!caller.actsFor(e.businessUnit(), Role.LD_ADMIN)) {
                errors.add(new InvalidFieldException.FieldError("line " + row.line() + ": businessUnit",
                        "is not one of your business units"));
            }
        }
        for (EmployeeCsv.Row row : parsed.rows()) {
            String manager = row.employee().managerId();
            if (manager != null && !inFile.containsKey(manager) && employees.find(manager).isEmpty()) {
                errors.add(new InvalidFieldException.FieldError("line " + row.line() + ": managerId",
                        "names " + manager + ", who is neither in the directory nor in the file"));
            }
        }
        if (errors.isEmpty()) {
            cycleWith(inFile).ifPresent(cycle -> errors.add(new InvalidFieldException.FieldError("managerId",
                    "reporting lines form a cycle: " + String.join(" -> ", cycle))));
        }
        if (parsed.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new InvalidFieldException.FieldError("body", "has no rows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (EmployeeCsv.Row row : parsed.rows()) {
            Employee employee = row.employee();
            Optional<EmployeeStore.Stored> stored = employees.find(employee.id());
            if (stored.isEmpty()) {
                employees.insert(employee);
                created++;
            } else if (stored.get().employee().equals(employee)) {
                unchanged++;
            } else {
                if (!employees.update(stored.get(), employee)) {
                    throw new ConflictException("employee " + employee.id() + " changed during the import; run it again");
                }
                updated++;
            }
        }
        return new ImportReport(created, updated, unchanged);
    }

    public record ImportReport(int created, int updated, int unchanged) {
    }

    private void validate(Employee employee) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>(employee.violations().stream()
                .map(v -> new InvalidFieldException.FieldError(v.field(), v.message())).toList());
        if (employee.managerId() != null && employees.find(employee.managerId()).isEmpty()) {
            errors.add(new InvalidFieldException.FieldError("managerId", "is not in the directory"));
        }
        if (errors.isEmpty()) {
            cycleWith(Map.of(employee.id(), employee)).ifPresent(cycle -> errors.add(new InvalidFieldException.FieldError("managerId",
                    "would make a reporting cycle: " + String.join(" -> ", cycle))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** Follows the changed employees' manager chains through the directory, looking for a cycle. */
    private Optional<java.util.Set<String>> cycleWith(Map<String, Employee> changed) {
        Map<String, String> managers = new HashMap<>();
        for (Employee e : changed.values()) {
            String current = e.id();
            String manager = e.managerId();
            while (current != null && !managers.containsKey(current)) {
                managers.put(current, manager);
                current = manager;
                if (current == null) {
                    break;
                }
                Employee next = changed.get(current);
                manager = next != null ? next.managerId()
                        : employees.find(current).map(s -> s.employee().managerId()).orElse(null);
            }
        }
        return ReportingLines.findCycle(managers);
    }

    private static void requireAdmin(Caller caller, String businessUnit, String field) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("only an L&D admin writes the directory");
        }
        if (!caller.actsFor(businessUnit, Role.LD_ADMIN)) {
            throw new InvalidFieldException(field, "is not one of your business units");
        }
    }
}
