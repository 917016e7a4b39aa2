package io.pactum.competency.interchange;

import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A framework read from an import file: the draft (null when the file could not be read at all), the
 * problems found while reading, and where each part of the draft came from, so that the draft's own rule
 * violations can name the line (CSV) or the element (CASE) instead of {@code nodes[3]}.
 *
 * @param places {@code ""} (the framework itself), {@code scale[i]} and {@code nodes[i]} mapped to a place such as {@code line 7}
 */
public record ImportedFramework(FrameworkDraft draft, List<RuleViolation> problems, Map<String, String> places) {

    private static final Set<String> FRAMEWORK_FIELDS = Set.of("id", "title", "description", "identifier");
    private static final Pattern PART = Pattern.compile("((?:scale|nodes)\\[\\d+])\\.(.+)");

    public ImportedFramework {
        problems = List.copyOf(problems);
        places = Map.copyOf(places);
    }

    /** Renames a draft violation's field to the place in the file it came from. */
    public RuleViolation located(RuleViolation violation) {
        Matcher part = PART.matcher(violation.field());
        if (part.matches() && places.containsKey(part.group(1))) {
            return new RuleViolation(places.get(part.group(1)) + ": " + part.group(2), violation.message());
        }
        if (FRAMEWORK_FIELDS.contains(violation.field()) && places.containsKey("")) {
            return new RuleViolation(places.get("") + ": " + violation.field(), violation.message());
        }
        return violation;
    }
}
