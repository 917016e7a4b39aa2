package io.pactum.competency.domain;

/** A broken rule of a framework, role profile or rating, named by the field (a path such as {@code nodes[2].parentId}). */
public record RuleViolation(String field, String message) {
}
