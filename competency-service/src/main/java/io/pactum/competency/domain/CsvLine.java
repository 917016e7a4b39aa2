package io.pactum.competency.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One line of RFC 4180 CSV: cells split with quoting, and cells quoted for writing. Fields never span lines. */
public final class CsvLine {

    private CsvLine() {
    }

    /** The lines of a CSV text, any line ending, without a leading byte order mark. */
    public static String[] lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The cells as one CSV line; null cells are empty, cells with commas or quotes are quoted. */
    public static String join(List<String> cells) {
        return cells.stream().map(CsvLine::quote).collect(Collectors.joining(","));
    }

    private static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
