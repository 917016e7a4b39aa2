package io.pactum.platform.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo organisation ({@code demo-organisation.json}): the people the local issuer signs tokens for and
 * the seed puts into the directory — erin, mona, sam, sven, lars, fiona, ana and twenty generated employees.
 */
public record DemoOrganisation(List<String> businessUnits, String currency, String defaultAllocation,
                               String approvalThreshold, List<Person> people) {

    /** One person: directory fields and what their token carries. */
    public record Person(String id, String name, String email, String locale, String timeZone, String businessUnit,
                         String jobRole, String managerId, List<String> roles, List<String> accessUnits) {
    }

    public static DemoOrganisation load() {
        try (InputStream in = DemoOrganisation.class.getResourceAsStream("/demo-organisation.json")) {
            return JsonMapper.builder().build().readValue(in, DemoOrganisation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
