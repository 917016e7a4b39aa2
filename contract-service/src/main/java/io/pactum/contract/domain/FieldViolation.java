package io.pactum.contract.domain;

import java.util.List;

/** Input that breaks a rule of the contract, each violation naming its field; nothing was changed. */
public class FieldViolation extends RuntimeException {

    private final String summary;
    private final List<ContractTerms.TermsViolation> violations;

    public FieldViolation(String summary, List<ContractTerms.TermsViolation> violations) {
        super(summary + ": " + violations);
        this.summary = summary;
        this.violations = List.copyOf(violations);
    }

    public FieldViolation(String summary, String field, String message) {
        this(summary, List.of(new ContractTerms.TermsViolation(field, message)));
    }

    public String summary() {
        return summary;
    }

    public List<ContractTerms.TermsViolation> violations() {
        return violations;
    }
}
