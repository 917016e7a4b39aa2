package io.pactum.competency.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The content of a competency framework before it is published: the taxonomy (area → competency → skill)
 * and its proficiency scale. Publishing it makes an immutable version; the same content again makes none.
 *
 * @param identifier stable identifier of the framework (CASE CFDocument identifier); blank ones are derived
 */
public record FrameworkDraft(String id, String title, String description, String identifier,
                             List<ProficiencyLevel> scale, List<FrameworkNode> nodes) {

    /** Event schemas carry levels 0-5, 0 meaning "not rated": a scale has at most five levels. */
    public static final int MAX_LEVELS = 5;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public FrameworkDraft {
        scale = scale == null ? List.of() : List.copyOf(scale);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** Every broken rule, each naming its field: {@code id}, {@code scale[1].name}, {@code nodes[4].parentId}, … */
    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            violations.add(new RuleViolation("id", "must be 1-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        requireLine(violations, "title", title, true);
        requireLine(violations, "description", description, false);
        Set<String> identifiers = new HashSet<>();
        checkIdentifier(violations, "identifier", identifier, identifiers);
        checkScale(violations, identifiers);
        checkNodes(violations, identifiers);
        return violations;
    }

    private void checkScale(List<RuleViolation> violations, Set<String> identifiers) {
        if (scale.size() < 2 || scale.size() > MAX_LEVELS) {
            violations.add(new RuleViolation("scale", "must have 2 to " + MAX_LEVELS + " levels"));
        }
        for (int i = 0; i < scale.size(); i++) {
            ProficiencyLevel level = scale.get(i);
            String at = "scale[" + i + "]";
            if (level.level() != i + 1) {
                violations.add(new RuleViolation(at + ".level", "must be " + (i + 1) + ": levels count 1, 2, 3, … in order"));
            }
            requireLine(violations, at + ".name", level.name(), true);
            for (int j = 0; j < level.indicators().size(); j++) {
                String indicator = level.indicators().get(j);
                requireLine(violations, at + ".indicators[" + j + "]", indicator, true);
                if (indicator != null && indicator.contains("|")) {
                    violations.add(new RuleViolation(at + ".indicators[" + j + "]", "must not contain '|'"));
                }
            }
            checkIdentifier(violations, at + ".identifier", level.identifier(), identifiers);
        }
    }

    private void checkNodes(List<RuleViolation> violations, Set<String> identifiers) {
        Map<String, NodeType> types = new HashMap<>();
        for (FrameworkNode node : nodes) {
            if (node.id() != null && node.type() != null) {
                types.putIfAbsent(node.id(), node.type());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            FrameworkNode node = nodes.get(i);
            String at = "nodes[" + i + "]";
            if (node.id() == null || !ID.matcher(node.id()).matches()) {
                violations.add(new RuleViolation(at + ".id", "must be 1-64 lower-case letters, digits, '.', '_' or '-'"));
            } else if (!seen.add(node.id())) {
                violations.add(new RuleViolation(at + ".id", node.id() + " appears twice"));
            }
            requireLine(violations, at + ".name", node.name(), true);
            requireLine(violations, at + ".description", node.description(), false);
            checkIdentifier(violations, at + ".identifier", node.identifier(), identifiers);
            if (node.type() == null) {
                violations.add(new RuleViolation(at + ".type", "must be AREA, COMPETENCY or SKILL"));
                continue;
            }
            NodeType expected = node.type().parentType();
            if (expected == null && node.parentId() != null) {
                violations.add(new RuleViolation(at + ".parentId", "an area is at the top: it has no parent"));
            } else if (expected != null && types.get(node.parentId()) != expected) {
                violations.add(new RuleViolation(at + ".parentId", "a " + node.type().name().toLowerCase()
                        + " belongs to a " + expected.name().toLowerCase() + " of this framework"));
            }
        }
        if (nodes.stream().noneMatch(n -> n.type() == NodeType.COMPETENCY)) {
            violations.add(new RuleViolation("nodes", "must hold at least one competency"));
        }
    }

    /** The same draft with every blank identifier derived from the framework and node ids, so it is the same in every export. */
    public FrameworkDraft withStableIdentifiers() {
        List<ProficiencyLevel> levels = scale.stream().map(l -> new ProficiencyLevel(l.level(), l.name(), l.indicators(),
                orDerived(l.identifier(), "level:" + l.level()))).toList();
        List<FrameworkNode> items = nodes.stream().map(n -> new FrameworkNode(n.id(), n.type(), n.parentId(), n.name(),
                n.description(), orDerived(n.identifier(), "node:" + n.id()))).toList();
        return new FrameworkDraft(id, title, description, orDerived(identifier, "document"), levels, items);
    }

    /**
     * Publishes this content as the next version, or as the first one.
     *
     * @return empty when the latest version already has exactly this content (nothing to publish)
     */
    public Optional<CompetencyFramework> publishAfter(Optional<CompetencyFramework> latest, String by, Instant at) {
        FrameworkDraft content = withStableIdentifiers();
        if (latest.isPresent() && latest.get().content().equals(content)) {
            return Optional.empty();
        }
        return Optional.of(new CompetencyFramework(content, latest.map(f -> f.version() + 1).orElse(1), by, at));
    }

    private String orDerived(String given, String what) {
        return given != null && !given.isBlank() ? given.toLowerCase()
                : UUID.nameUUIDFromBytes(("pactum:framework:" + id + ":" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void checkIdentifier(List<RuleViolation> violations, String field, String identifier, Set<String> seen) {
        if (identifier == null || identifier.isBlank()) {
            return;
        }
        if (!UUID_FORM.matcher(identifier).matches()) {
            violations.add(new RuleViolation(field, "must be a UUID"));
        } else if (!seen.add(identifier.toLowerCase())) {
            violations.add(new RuleViolation(field, identifier + " identifies two things"));
        }
    }

    private static void requireLine(List<RuleViolation> violations, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new RuleViolation(field, "is required"));
            }
        } else if (text.length() > 2000 || text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            violations.add(new RuleViolation(field, "must be one line of at most 2000 characters"));
        }
    }
}
