package io.pactum.events.contract;

/** A learning objective of the signed terms (or of a template): the competency and the level aimed at. */
public record PlannedObjective(String competencyId, int targetLevel) {
}
