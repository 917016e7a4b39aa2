package io.pactum.contract.domain;

/** A step the contract's state does not allow, such as signing a stale revision or amending an active contract. */
public class ContractRuleException extends RuntimeException {

    public ContractRuleException(String message) {
        super(message);
    }
}
