package io.pactum.competency.interchange;

import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.CsvLine;
import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.FrameworkNode;
import io.pactum.competency.domain.NodeType;
import io.pactum.competency.domain.ProficiencyLevel;
import io.pactum.competency.domain.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework as CSV, one row per element, header {@code type,id,parentId,name,description,identifier}:
 * one {@code FRAMEWORK} row (id, title as name, description), one {@code LEVEL} row per step of the scale
 * (id = the level number, behavioural indicators in the description separated by {@code " | "}), then
 * {@code AREA}, {@code COMPETENCY} and {@code SKILL} rows. Identifiers may be left empty: stable ones are derived.
 */
public final class FrameworkCsv {

    public static final List<String> HEADER = List.of("type", "id", "parentId", "name", "description", "identifier");
    private static final String INDICATOR_SEPARATOR = " | ";

    private FrameworkCsv() {
    }

    public static ImportedFramework parse(String text) {
        String[] lines = CsvLine.lines(text);
        List<RuleViolation> problems = new ArrayList<>();
        if (!CsvLine.split(lines[0]).stream().map(String::trim).toList().equals(HEADER)) {
            problems.add(new RuleViolation("line 1: header", "must be " + String.join(",", HEADER)));
            return new ImportedFramework(null, problems, Map.of());
        }
        Map<String, String> places = new HashMap<>();
        List<String> framework = null;
        List<ProficiencyLevel> scale = new ArrayList<>();
        List<FrameworkNode> nodes = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String line = "line " + (i + 1);
            List<String> cells = CsvLine.split(lines[i]).stream().map(String::trim).toList();
            if (cells.size() != HEADER.size()) {
                problems.add(new RuleViolation(line, "has " + cells.size() + " columns, expected " + HEADER.size()));
                continue;
            }
            String type = cells.get(0).toUpperCase();
            switch (type) {
                case "FRAMEWORK" -> {
                    if (framework != null) {
                        problems.add(new RuleViolation(line + ": type", "a file holds one FRAMEWORK row"));
                    }
                    framework = cells;
                    places.put("", line);
                }
                case "LEVEL" -> {
                    places.put("scale[" + scale.size() + "]", line);
                    scale.add(new ProficiencyLevel(levelNumber(cells.get(1), line, problems), blankToNull(cells.get(3)),
                            indicators(cells.get(4)), blankToNull(cells.get(5))));
                }
                case "AREA", "COMPETENCY", "SKILL" -> {
                    places.put("nodes[" + nodes.size() + "]", line);
                    nodes.add(new FrameworkNode(cells.get(1), NodeType.valueOf(type), blankToNull(cells.get(2)),
                            blankToNull(cells.get(3)), blankToNull(cells.get(4)), blankToNull(cells.get(5))));
                }
                default -> problems.add(new RuleViolation(line + ": type",
                        "must be FRAMEWORK, LEVEL, AREA, COMPETENCY or SKILL"));
            }
        }
        if (framework == null) {
            problems.add(new RuleViolation("type", "the file needs a FRAMEWORK row"));
            return new ImportedFramework(null, problems, places);
        }
        FrameworkDraft draft = new FrameworkDraft(framework.get(1), blankToNull(framework.get(3)),
                blankToNull(framework.get(4)), blankToNull(framework.get(5)), scale, nodes);
        return new ImportedFramework(draft, problems, places);
    }

    public static String write(CompetencyFramework framework) {
        FrameworkDraft f = framework.content();
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        csv.append(CsvLine.join(Arrays.asList("FRAMEWORK", f.id(), null, f.title(), f.description(), f.identifier()))).append('\n');
        for (ProficiencyLevel level : f.scale()) {
            csv.append(CsvLine.join(Arrays.asList("LEVEL", String.valueOf(level.level()), null, level.name(),
                    String.join(INDICATOR_SEPARATOR, level.indicators()), level.identifier()))).append('\n');
        }
        for (FrameworkNode node : f.nodes()) {
            csv.append(CsvLine.join(Arrays.asList(node.type().name(), node.id(), node.parentId(), node.name(),
                    node.description(), node.identifier()))).append('\n');
        }
        return csv.toString();
    }

    private static int levelNumber(String cell, String line, List<RuleViolation> problems) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(line + ": id", "a LEVEL row's id is its level number"));
            return 0;
        }
    }

    private static List<String> indicators(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).toList();
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
