package io.pactum.competency.application;

import io.pactum.competency.domain.Employee;
import java.util.List;
import java.util.Optional;

/** The directory's employees; each write stores the employee and its EmployeeUpserted event together. */
public interface EmployeeStore {

    Optional<Stored> find(String id);

    /** @return false when the id exists already */
    boolean insert(Employee employee);

    /** @return false when the employee changed meanwhile */
    boolean update(Stored before, Employee after);

    /** The active employees of a business unit, by id. */
    List<Employee> activeIn(String businessUnit);

    Page search(List<String> ids, List<String> units, String businessUnit, int page, int size);

    record Stored(Employee employee, long version) {
    }

    record Page(List<Employee> items, long total) {
    }
}
