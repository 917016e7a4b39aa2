package io.pactum.competency.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What can be rated and required: the competencies and skills of the latest version of every framework.
 * A competency id belongs to one framework, so ratings and contract objectives can name it alone.
 */
public record CompetencyCatalogue(List<CompetencyFramework> latestVersions) {

    public CompetencyCatalogue {
        latestVersions = List.copyOf(latestVersions);
    }

    public Optional<Entry> find(String competencyId) {
        for (CompetencyFramework framework : latestVersions) {
            Optional<FrameworkNode> node = framework.node(competencyId).filter(n -> n.type().isRateable());
            if (node.isPresent()) {
                return Optional.of(new Entry(framework, node.get()));
            }
        }
        return Optional.empty();
    }

    /** Node ids of the draft that another framework already uses. */
    public List<RuleViolation> clashesWith(FrameworkDraft draft) {
        List<RuleViolation> clashes = new ArrayList<>();
        for (int i = 0; i < draft.nodes().size(); i++) {
            String nodeId = draft.nodes().get(i).id();
            for (CompetencyFramework other : latestVersions) {
                if (!other.id().equals(draft.id()) && nodeId != null && other.node(nodeId).isPresent()) {
                    clashes.add(new RuleViolation("nodes[" + i + "].id", nodeId + " belongs to framework " + other.id()));
                }
            }
        }
        return clashes;
    }

    /** Checks that a level can be given in a competency: the competency exists and the level is on its scale. */
    public List<RuleViolation> checkLevel(String competencyField, String competencyId, String levelField, int level) {
        Optional<Entry> entry = find(competencyId);
        if (entry.isEmpty()) {
            return List.of(new RuleViolation(competencyField, competencyId + " is no competency or skill of a framework"));
        }
        if (!entry.get().framework().onScale(level)) {
            return List.of(new RuleViolation(levelField, "must be on the scale of framework " + entry.get().framework().id()
                    + ": 1 to " + entry.get().framework().highestLevel()));
        }
        return List.of();
    }

    /** A competency or skill with the framework version it comes from. */
    public record Entry(CompetencyFramework framework, FrameworkNode node) {
    }
}
