package io.pactum.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** erin (en-GB) → mona → otto; lars is ENG's L&D admin. */
class TestPeople implements People {

    private final Map<String, Person> people = Map.of(
            "erin", new Person("erin", "Erin Eriksson", "erin@x", "en-GB", "Europe/Stockholm", "ENG", "mona"),
            "mona", new Person("mona", "Mona Manager", "mona@x", "sv-SE", "Europe/Stockholm", "ENG", "otto"),
            "otto", new Person("otto", "Otto Overall", "otto@x", "en-GB", "Europe/London", "ENG", null),
            "lars", new Person("lars", "Lars Learning", "lars@x", "sv", "Nowhere/Atlantis", "ENG", null));

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<String> learningAdminsOf(String businessUnit) {
        return "ENG".equals(businessUnit) ? List.of("lars") : List.of();
    }
}
