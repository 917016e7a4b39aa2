package io.pactum.competency.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the directory's CSV: header {@code id,name,email,locale,timeZone,businessUnit,jobRole,managerId},
 * RFC 4180 quoting. Rows come back with their line numbers so errors can name them.
 */
public final class EmployeeCsv {

    public static final List<String> HEADER =
            List.of("id", "name", "email", "locale", "timeZone", "businessUnit", "jobRole", "managerId");

    private EmployeeCsv() {
    }

    public record Row(int line, Employee employee) {
    }

    public record Problem(int line, String field, String message) {
    }

    public record Parsed(List<Row> rows, List<Problem> problems) {
    }

    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = CsvLine.lines(text);
        if (lines.length == 0 || lines[0].isBlank()) {
            problems.add(new Problem(1, "header", "must be " + String.join(",", HEADER)));
            return new Parsed(rows, problems);
        }
        List<String> header = CsvLine.split(lines[0]);
        if (!header.stream().map(String::trim).toList().equals(HEADER)) {
            problems.add(new Problem(1, "header", "must be " + String.join(",", HEADER)));
            return new Parsed(rows, problems);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> cells = CsvLine.split(lines[i]);
            if (cells.size() != HEADER.size()) {
                problems.add(new Problem(line, "row", "has " + cells.size() + " columns, expected " + HEADER.size()));
                continue;
            }
            String manager = cells.get(7).trim();
            rows.add(new Row(line, new Employee(cells.get(0).trim(), cells.get(1).trim(), cells.get(2).trim(),
                    cells.get(3).trim(), cells.get(4).trim(), cells.get(5).trim(), cells.get(6).trim(),
                    manager.isEmpty() ? null : manager, true)));
        }
        return new Parsed(rows, problems);
    }
}
