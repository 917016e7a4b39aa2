package io.pactum.competency.domain;

/** The three tiers of a framework's taxonomy: an area holds competencies, a competency holds skills. */
public enum NodeType {
    AREA,
    COMPETENCY,
    SKILL;

    /** The tier a node of this type hangs under, or null for a top-level area. */
    public NodeType parentType() {
        return switch (this) {
            case AREA -> null;
            case COMPETENCY -> AREA;
            case SKILL -> COMPETENCY;
        };
    }

    /** Competencies and skills carry proficiency levels; areas only group them. */
    public boolean isRateable() {
        return this != AREA;
    }
}
