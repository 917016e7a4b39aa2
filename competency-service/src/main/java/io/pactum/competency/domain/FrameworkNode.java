package io.pactum.competency.domain;

/**
 * An area, competency or skill of a framework.
 *
 * @param id         the human-readable id other services use, e.g. {@code cloud-architecture}
 * @param parentId   the enclosing area (of a competency) or competency (of a skill); null for an area
 * @param identifier stable identifier (a UUID) kept across versions and exports (CASE {@code identifier})
 */
public record FrameworkNode(String id, NodeType type, String parentId, String name, String description,
                            String identifier) {
}
