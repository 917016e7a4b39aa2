package io.pactum.budget.persistence;

import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.events.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A business unit's budget policy for a fiscal year: {@code _id = businessUnit:fiscalYear}. */
@Document(PolicyDocument.COLLECTION)
class PolicyDocument {

    static final String COLLECTION = "budget_policies";

    @Id
    String id;
    @Version
    Long version;
    String businessUnit;
    int fiscalYear;
    String currency;
    Money defaultAllocation;
    Money approvalThreshold;
    BudgetPolicy.Mode mode;
    /** A list, not a map: a job role may contain a dot, which a MongoDB field name may not. */
    List<JobRoleAllocation> allocationsByJobRole;
    Integer carryOverPercent;
    /** The day budgets of the unit and year were first allocated: people who join in a later month get a pro-rated share. */
    LocalDate firstAllocatedOn;

    record JobRoleAllocation(String jobRole, Money allocation) {
    }
    String definedBy;
    Instant definedAt;

    static String idOf(String businessUnit, int fiscalYear) {
        return businessUnit + ":" + fiscalYear;
    }

    BudgetPolicy toPolicy() {
        // policies stored before job-role allocations and carry-over existed have neither
        Map<String, Money> byJobRole = allocationsByJobRole == null ? Map.of() : allocationsByJobRole.stream()
                .collect(Collectors.toMap(JobRoleAllocation::jobRole, JobRoleAllocation::allocation));
        return new BudgetPolicy(businessUnit, fiscalYear, currency, defaultAllocation, approvalThreshold, mode,
                byJobRole, carryOverPercent == null ? 0 : carryOverPercent);
    }
}
