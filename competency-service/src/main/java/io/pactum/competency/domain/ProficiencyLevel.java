package io.pactum.competency.domain;

import java.util.List;

/**
 * One step of a framework's proficiency scale, e.g. 3 "Proficient", with the behaviours that show it.
 *
 * @param identifier stable identifier (a UUID) kept across versions and exports
 */
public record ProficiencyLevel(int level, String name, List<String> indicators, String identifier) {

    public ProficiencyLevel {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
