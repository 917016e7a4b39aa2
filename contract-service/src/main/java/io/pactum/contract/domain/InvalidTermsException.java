package io.pactum.contract.domain;

import java.util.List;

/** Terms that break the contract's rules, each violation naming its field. */
public class InvalidTermsException extends RuntimeException {

    private final List<ContractTerms.TermsViolation> violations;

    public InvalidTermsException(List<ContractTerms.TermsViolation> violations) {
        super("invalid terms: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ContractTerms.TermsViolation> violations() {
        return violations;
    }
}
