package io.pactum.budget.persistence;

import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.events.Money;
import java.time.Instant;
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
    String definedBy;
    Instant definedAt;

    static String idOf(String businessUnit, int fiscalYear) {
        return businessUnit + ":" + fiscalYear;
    }

    BudgetPolicy toPolicy() {
        return new BudgetPolicy(businessUnit, fiscalYear, currency, defaultAllocation, approvalThreshold, mode);
    }
}
