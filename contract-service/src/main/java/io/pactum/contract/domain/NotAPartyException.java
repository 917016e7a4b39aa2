package io.pactum.contract.domain;

/** Only the employee and their manager take part in negotiating and signing their contract. */
public class NotAPartyException extends RuntimeException {

    public NotAPartyException(String message) {
        super(message);
    }
}
