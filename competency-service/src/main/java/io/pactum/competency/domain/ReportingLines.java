package io.pactum.competency.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reporting lines must form a forest: following managers upward never returns to where it started. */
public final class ReportingLines {

    private ReportingLines() {
    }

    /**
     * @param managers every employee id mapped to their manager id (or null)
     * @return the first cycle found, as the chain of ids, if any
     */
    public static Optional<Set<String>> findCycle(Map<String, String> managers) {
        Set<String> cleared = new HashSet<>();
        for (String start : managers.keySet()) {
            Set<String> chain = new LinkedHashSet<>();
            String current = start;
            while (current != null && !cleared.contains(current)) {
                if (!chain.add(current)) {
                    return Optional.of(chain);
                }
                current = managers.get(current);
            }
            cleared.addAll(chain);
        }
        return Optional.empty();
    }
}
