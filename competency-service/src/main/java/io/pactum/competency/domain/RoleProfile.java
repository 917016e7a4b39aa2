package io.pactum.competency.domain;

import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.competency.RoleProfileChanged;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a job role requires: competencies at levels with priority weights, and the future roles it leads to
 * (career paths). Each change makes a new revision and a {@link RoleProfileChanged}.
 */
public record RoleProfile(String jobRole, int revision, String description, List<RequiredCompetency> requirements,
                          List<String> futureRoles) {

    public RoleProfile {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        futureRoles = futureRoles == null ? List.of() : List.copyOf(futureRoles);
    }

    /** A new profile's content (revision 0 until it is stored). */
    public static RoleProfile draft(String jobRole, String description, List<RequiredCompetency> requirements,
                                    List<String> futureRoles) {
        return new RoleProfile(jobRole, 0, description, requirements, futureRoles);
    }

    public List<RuleViolation> violations(CompetencyCatalogue catalogue) {
        List<RuleViolation> violations = new ArrayList<>();
        if (jobRole == null || jobRole.isBlank() || jobRole.length() > 200) {
            violations.add(new RuleViolation("jobRole", "is required (at most 200 characters)"));
        }
        if (requirements.isEmpty()) {
            violations.add(new RuleViolation("requirements", "must name at least one competency"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            RequiredCompetency r = requirements.get(i);
            String at = "requirements[" + i + "]";
            if (!seen.add(r.competencyId())) {
                violations.add(new RuleViolation(at + ".competencyId", r.competencyId() + " appears twice"));
            }
            violations.addAll(catalogue.checkLevel(at + ".competencyId", r.competencyId(), at + ".level", r.level()));
            if (r.weight() < RequiredCompetency.MIN_WEIGHT || r.weight() > RequiredCompetency.MAX_WEIGHT) {
                violations.add(new RuleViolation(at + ".weight", "must be 1 to 5"));
            }
        }
        for (int i = 0; i < futureRoles.size(); i++) {
            String role = futureRoles.get(i);
            if (role == null || role.isBlank() || role.equals(jobRole)) {
                violations.add(new RuleViolation("futureRoles[" + i + "]", "must name another job role"));
            }
        }
        return violations;
    }

    public Optional<RequiredCompetency> requirement(String competencyId) {
        return requirements.stream().filter(r -> r.competencyId().equals(competencyId)).findFirst();
    }

    /**
     * Replaces this profile's content with the given one.
     *
     * @return the next revision and its event, or empty when nothing changed
     */
    public Optional<Revised> revise(RoleProfile content, String by) {
        if (Objects.equals(description, content.description()) && requirements.equals(content.requirements())
                && futureRoles.equals(content.futureRoles())) {
            return Optional.empty();
        }
        RoleProfile next = new RoleProfile(jobRole, revision + 1, content.description(), content.requirements(),
                content.futureRoles());
        return Optional.of(new Revised(next, next.changed(by)));
    }

    /** The first revision of a new profile. */
    public Revised create(String by) {
        RoleProfile first = new RoleProfile(jobRole, 1, description, requirements, futureRoles);
        return new Revised(first, first.changed(by));
    }

    /** The event announcing this revision, with its requirements for readers that keep their own view (analytics). */
    private RoleProfileChanged changed(String by) {
        return new RoleProfileChanged(by, jobRole, revision, requirements.stream()
                .map(r -> new RequiredLevel(r.competencyId(), r.level(), r.weight())).toList());
    }

    public record Revised(RoleProfile profile, RoleProfileChanged event) {
    }
}
