package io.pactum.events;

/** An event that can never be processed (unknown type, missing headers, data that does not fit): a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
