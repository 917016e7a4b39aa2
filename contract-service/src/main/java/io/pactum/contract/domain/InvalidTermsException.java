package io.pactum.contract.domain;

import java.util.List;

/** Terms that break the contract's rules, each violation naming its field. */
public class InvalidTermsException extends FieldViolation {

    public InvalidTermsException(List<ContractTerms.TermsViolation> violations) {
        super("The contract's terms break its rules.", violations);
    }
}
