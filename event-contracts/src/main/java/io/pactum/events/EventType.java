package io.pactum.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical, versioned type name of an event on the wire, e.g. {@code pactum.contract.signed.v1}.
 * Never derived from the Java class name: renaming or moving a record must not break a consumer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
