package io.pactum.competency.interchange;

import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.FrameworkNode;
import io.pactum.competency.domain.NodeType;
import io.pactum.competency.domain.ProficiencyLevel;
import io.pactum.competency.domain.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * A framework as a 1EdTech CASE 1.1 package (the subset Pactum uses):
 * <ul>
 * <li>{@code CFDocument}: the framework — identifier, uri ({@code urn:pactum:framework:<id>}), title, description, version;</li>
 * <li>{@code CFItems}: areas, competencies and skills — identifier, humanCodingScheme (Pactum's id),
 *     abbreviatedStatement (name), fullStatement (description, or the name again), CFItemType (Area, Competency, Skill);</li>
 * <li>{@code CFAssociations} of type {@code isChildOf}: origin = the child item, destination = its parent item
 *     or the document (an area); other association types are not imported;</li>
 * <li>{@code CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels}: the proficiency scale — score (level),
 *     quality (name), description (behavioural indicators, one per line).</li>
 * </ul>
 * Importing files from other tools: without a humanCodingScheme a Pactum id is made from the statement;
 * without CFItemType the depth decides (1 area, 2 competency, 3 skill); without a Pactum uri the framework
 * id comes from the request or the title. Unknown properties are ignored.
 */
public final class CaseJson {

    public static final String FRAMEWORK_URN = "urn:pactum:framework:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseJson() {
    }

    /** @param frameworkId the Pactum id to give the framework, or null to take it from the document */
    public static ImportedFramework parse(String json, String frameworkId) {
        List<RuleViolation> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "body" : "body (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return new ImportedFramework(null, List.of(new RuleViolation(where, "is not JSON: " + e.getOriginalMessage())), Map.of());
        }
        JsonNode document = root == null ? null : root.get("CFDocument");
        if (document == null || !document.isObject()) {
            return new ImportedFramework(null, List.of(new RuleViolation("CFDocument", "is required: a CASE package object")), Map.of());
        }
        String documentId = text(document, "identifier");
        String title = text(document, "title");
        String uri = text(document, "uri");
        String id = frameworkId != null ? frameworkId
                : uri != null && uri.startsWith(FRAMEWORK_URN) ? uri.substring(FRAMEWORK_URN.length()) : slug(title);
        Map<String, String> places = new HashMap<>();
        places.put("", "CFDocument");

        // items, each with its Pactum id
        JsonNode items = array(root, "CFItems", problems);
        Map<String, Integer> indexOfIdentifier = new HashMap<>();
        List<String[]> raw = new ArrayList<>(); // id, name, description, identifier, explicit type
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "CFItems[" + i + "]";
            String identifier = text(item, "identifier");
            if (identifier == null) {
                problems.add(new RuleViolation(at + ".identifier", "is required"));
            } else if (indexOfIdentifier.putIfAbsent(identifier.toLowerCase(Locale.ROOT), i) != null) {
                problems.add(new RuleViolation(at + ".identifier", identifier + " identifies two items"));
            }
            String abbreviated = text(item, "abbreviatedStatement");
            String full = text(item, "fullStatement");
            String name = abbreviated != null ? abbreviated : full;
            String description = abbreviated != null && full != null && !full.equals(abbreviated) ? full : null;
            String code = text(item, "humanCodingScheme");
            String nodeId = code != null ? code.toLowerCase(Locale.ROOT) : slug(name);
            raw.add(new String[] {nodeId, name, description, identifier, text(item, "CFItemType")});
            places.put("nodes[" + i + "]", at);
        }

        // the hierarchy from isChildOf associations
        Map<Integer, String> parentOf = new HashMap<>(); // item index -> parent identifier (item or document)
        JsonNode associations = array(root, "CFAssociations", problems);
        for (int j = 0; j < associations.size(); j++) {
            JsonNode association = associations.get(j);
            if (!"isChildOf".equals(text(association, "associationType"))) {
                continue;
            }
            String at = "CFAssociations[" + j + "]";
            String child = text(association.path("originNodeURI"), "identifier");
            String parent = text(association.path("destinationNodeURI"), "identifier");
            Integer childIndex = child == null ? null : indexOfIdentifier.get(child.toLowerCase(Locale.ROOT));
            if (childIndex == null) {
                problems.add(new RuleViolation(at + ".originNodeURI", "names no CFItem of this package"));
            } else if (parent == null || (!parent.equalsIgnoreCase(documentId)
                    && !indexOfIdentifier.containsKey(parent.toLowerCase(Locale.ROOT)))) {
                problems.add(new RuleViolation(at + ".destinationNodeURI", "names neither a CFItem nor the CFDocument"));
            } else if (parentOf.put(childIndex, parent.toLowerCase(Locale.ROOT)) != null) {
                problems.add(new RuleViolation(at, "CFItems[" + childIndex + "] has a second parent"));
            }
        }

        List<FrameworkNode> nodes = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            Integer parentIndex = parentOf.containsKey(i) ? indexOfIdentifier.get(parentOf.get(i)) : null;
            NodeType type = r[4] != null ? type(r[4]) : typeByDepth(i, parentOf, indexOfIdentifier);
            if (type == null) {
                problems.add(new RuleViolation("CFItems[" + i + "].CFItemType", r[4] != null
                        ? "must be Area, Competency or Skill" : "cannot be told from the depth (more than 3 levels or a cycle)"));
            }
            nodes.add(new FrameworkNode(r[0], type, parentIndex == null ? null : raw.get(parentIndex)[0], r[1], r[2], r[3]));
        }
        return new ImportedFramework(new FrameworkDraft(id, title, text(document, "description"), documentId,
                scale(root, places, problems), nodes), problems, places);
    }

    public static String write(CompetencyFramework framework) {
        FrameworkDraft f = framework.content();
        String changed = framework.publishedAt().toString();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode document = root.putObject("CFDocument");
        document.put("identifier", f.identifier());
        document.put("uri", FRAMEWORK_URN + f.id());
        document.put("creator", framework.publishedBy());
        document.put("title", f.title());
        if (f.description() != null) {
            document.put("description", f.description());
        }
        document.put("version", String.valueOf(framework.version()));
        document.put("caseVersion", "1.1");
        document.put("lastChangeDateTime", changed);
        ObjectNode documentUri = link(f.title(), f.identifier(), FRAMEWORK_URN + f.id());

        ArrayNode items = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        Map<String, FrameworkNode> byId = new HashMap<>();
        f.nodes().forEach(n -> byId.put(n.id(), n));
        for (FrameworkNode node : f.nodes()) {
            ObjectNode item = items.addObject();
            item.put("identifier", node.identifier());
            item.put("uri", "urn:uuid:" + node.identifier());
            item.put("humanCodingScheme", node.id());
            item.put("abbreviatedStatement", node.name());
            item.put("fullStatement", node.description() != null ? node.description() : node.name());
            item.put("CFItemType", switch (node.type()) {
                case AREA -> "Area";
                case COMPETENCY -> "Competency";
                case SKILL -> "Skill";
            });
            item.set("CFDocumentURI", documentUri);
            item.put("lastChangeDateTime", changed);

            ObjectNode parent = node.parentId() == null ? documentUri : linkTo(byId.get(node.parentId()));
            ObjectNode association = associations.addObject();
            association.put("identifier", UUID.nameUUIDFromBytes((node.identifier() + ":isChildOf:"
                    + parent.get("identifier").asString()).getBytes(StandardCharsets.UTF_8)).toString());
            association.put("uri", "urn:uuid:" + association.get("identifier").asString());
            association.put("associationType", "isChildOf");
            association.set("CFDocumentURI", documentUri);
            association.set("originNodeURI", linkTo(node));
            association.set("destinationNodeURI", parent);
            association.put("lastChangeDateTime", changed);
        }

        String rubricId = UUID.nameUUIDFromBytes((f.identifier() + ":scale").getBytes(StandardCharsets.UTF_8)).toString();
        String criterionId = UUID.nameUUIDFromBytes((f.identifier() + ":scale:criterion").getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode rubric = root.putArray("CFRubrics").addObject();
        rubric.put("identifier", rubricId);
        rubric.put("uri", "urn:uuid:" + rubricId);
        rubric.put("title", "Proficiency scale");
        rubric.put("lastChangeDateTime", changed);
        ObjectNode criterion = rubric.putArray("CFRubricCriteria").addObject();
        criterion.put("identifier", criterionId);
        criterion.put("uri", "urn:uuid:" + criterionId);
        criterion.put("rubricId", rubricId);
        criterion.put("category", "Proficiency");
        criterion.put("position", 1);
        criterion.put("lastChangeDateTime", changed);
        ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
        for (ProficiencyLevel level : f.scale()) {
            ObjectNode l = levels.addObject();
            l.put("identifier", level.identifier());
            l.put("uri", "urn:uuid:" + level.identifier());
            l.put("rubricCriterionId", criterionId);
            l.put("score", level.level());
            l.put("quality", level.name());
            l.put("description", String.join("\n", level.indicators()));
            l.put("position", level.level());
            l.put("lastChangeDateTime", changed);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static List<ProficiencyLevel> scale(JsonNode root, Map<String, String> places, List<RuleViolation> problems) {
        JsonNode levels = root.path("CFRubrics").path(0).path("CFRubricCriteria").path(0).path("CFRubricCriterionLevels");
        if (!levels.isArray() || levels.isEmpty()) {
            problems.add(new RuleViolation("CFRubrics", "a proficiency scale is required: CFRubrics[0].CFRubricCriteria[0]."
                    + "CFRubricCriterionLevels with score, quality and description"));
            return List.of();
        }
        List<JsonNode> ordered = new ArrayList<>();
        levels.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(l -> l.path("score").asInt(0)));
        List<ProficiencyLevel> scale = new ArrayList<>();
        for (JsonNode level : ordered) {
            int original = indexOf(levels, level);
            String at = "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[" + original + "]";
            places.put("scale[" + scale.size() + "]", at);
            if (!level.path("score").canConvertToInt()) {
                problems.add(new RuleViolation(at + ".score", "must be the level number"));
            }
            String description = text(level, "description");
            scale.add(new ProficiencyLevel(level.path("score").asInt(0), text(level, "quality"),
                    description == null ? List.of() : Arrays.stream(description.split("\n")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList(), text(level, "identifier")));
        }
        return scale;
    }

    private static NodeType typeByDepth(int index, Map<Integer, String> parentOf, Map<String, Integer> indexOfIdentifier) {
        int depth = 1;
        Set<Integer> seen = new HashSet<>();
        Integer current = index;
        while (current != null && parentOf.containsKey(current)) {
            if (!seen.add(current)) {
                return null;
            }
            current = indexOfIdentifier.get(parentOf.get(current));
            if (current != null) {
                depth++;
            }
        }
        return depth <= 3 ? NodeType.values()[depth - 1] : null;
    }

    private static NodeType type(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "area" -> NodeType.AREA;
            case "competency" -> NodeType.COMPETENCY;
            case "skill" -> NodeType.SKILL;
            default -> null;
        };
    }

    private static ObjectNode linkTo(FrameworkNode node) {
        return link(node.name(), node.identifier(), "urn:uuid:" + node.identifier());
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        ObjectNode link = JSON.createObjectNode();
        link.put("title", title);
        link.put("identifier", identifier);
        link.put("uri", uri);
        return link;
    }

    private static JsonNode array(JsonNode root, String field, List<RuleViolation> problems) {
        JsonNode array = root.get(field);
        if (array == null) {
            return JSON.createArrayNode();
        }
        if (!array.isArray()) {
            problems.add(new RuleViolation(field, "must be an array"));
            return JSON.createArrayNode();
        }
        return array;
    }

    private static int indexOf(JsonNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /** A Pactum id from a title or statement: lower case, runs of other characters as '-', at most 64 characters. */
    static String slug(String text) {
        if (text == null) {
            return null;
        }
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        slug = slug.length() > 64 ? slug.substring(0, 64) : slug;
        return slug.replaceAll("-+$", "");
    }
}
