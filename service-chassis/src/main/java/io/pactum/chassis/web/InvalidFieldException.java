package io.pactum.chassis.web;

import java.util.List;

/** A request whose content breaks a rule, named by field (400 with the field in {@code errors}). */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
