package io.pactum.notification.domain;

/** A preference that breaks a rule, named by the offending field. */
public class PreferenceRuleException extends RuntimeException {

    private final String field;

    public PreferenceRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
