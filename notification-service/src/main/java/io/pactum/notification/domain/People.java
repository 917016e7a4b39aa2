package io.pactum.notification.domain;

import java.util.List;
import java.util.Optional;

/** Who the recipients are: the workforce directory, and the L&D admins of each business unit. */
public interface People {

    Optional<Person> find(String id);

    /** The L&D admins who look after a business unit. */
    List<String> learningAdminsOf(String businessUnit);
}
