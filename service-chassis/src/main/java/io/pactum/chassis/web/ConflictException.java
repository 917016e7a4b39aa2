package io.pactum.chassis.web;

/** A request that conflicts with the resource's current state, e.g. signing a stale revision (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
