package io.pactum.budget.domain;

/** A request the account's current state does not allow, e.g. a cut below what is already committed (409). */
public class BudgetRuleException extends RuntimeException {

    public BudgetRuleException(String message) {
        super(message);
    }
}
