package io.pactum.competency.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published, immutable version of a competency framework. Changes publish a new version. */
public record CompetencyFramework(FrameworkDraft content, int version, String publishedBy, Instant publishedAt) {

    public String id() {
        return content.id();
    }

    public Optional<FrameworkNode> node(String nodeId) {
        return content.nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** Competencies and skills: what employees are rated in and role profiles require. */
    public List<FrameworkNode> rateable() {
        return content.nodes().stream().filter(n -> n.type().isRateable()).toList();
    }

    public int highestLevel() {
        return content.scale().size();
    }

    /** True for a level of this framework's scale (1 to its highest level). */
    public boolean onScale(int level) {
        return level >= 1 && level <= highestLevel();
    }

    public String levelName(int level) {
        return onScale(level) ? content.scale().get(level - 1).name() : "level " + level;
    }
}
