package io.pactum.chassis.web;

/** A resource that does not exist, or that the caller may not see (both answer 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
