package io.pactum.events.competency;

/** A competency a role requires, the level required and its strategic priority weight. */
public record RequiredLevel(String competencyId, int level, int weight) {
}
