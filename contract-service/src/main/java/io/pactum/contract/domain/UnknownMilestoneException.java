package io.pactum.contract.domain;

/** The current revision has no milestone with that id. */
public class UnknownMilestoneException extends RuntimeException {

    public UnknownMilestoneException(String message) {
        super(message);
    }
}
