package io.pactum.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A period of a fiscal year, which is the calendar year: {@code YEAR}, a quarter {@code Q1}..{@code Q4} or a
 * month {@code M01}..{@code M12}. Flows (contracts proposed, milestones missed) are summed over the months of
 * the period; stocks (budget figures, contracts by status) over the months up to its end.
 */
public record FiscalPeriod(String name, int firstMonth, int lastMonth) {

    public static final FiscalPeriod YEAR = new FiscalPeriod("YEAR", 1, 12);

    /** @throws IllegalArgumentException when the text is none of YEAR, Q1..Q4, M01..M12 */
    public static FiscalPeriod parse(String text) {
        if (text == null || text.isBlank() || text.equals("YEAR")) {
            return YEAR;
        }
        if (text.matches("Q[1-4]")) {
            int quarter = text.charAt(1) - '0';
            return new FiscalPeriod(text, quarter * 3 - 2, quarter * 3);
        }
        if (text.matches("M(0[1-9]|1[0-2])")) {
            int month = Integer.parseInt(text.substring(1));
            return new FiscalPeriod(text, month, month);
        }
        throw new IllegalArgumentException("must be YEAR, Q1 to Q4 or M01 to M12");
    }

    /** The months of the period, for flows. */
    public List<Integer> months() {
        return IntStream.rangeClosed(firstMonth, lastMonth).boxed().toList();
    }

    /** The months from the start of the year to the end of the period, for stocks as at its end. */
    public List<Integer> monthsToDate() {
        return IntStream.rangeClosed(1, lastMonth).boxed().toList();
    }

    /** The bucket holding the period's flows: its own (months, quarters and the year are all kept). */
    public String flowBucket() {
        return name;
    }

    /**
     * The buckets that add up to the stocks as at the end of the period: the year; the quarters up to it; or the
     * quarters before the month's and the months of its quarter up to it (M05: Q1, M04, M05).
     */
    public List<String> toDateBuckets() {
        if (this.equals(YEAR)) {
            return List.of(YEAR.name);
        }
        List<String> buckets = new java.util.ArrayList<>();
        int quarterOfEnd = (lastMonth - 1) / 3 + 1;
        boolean quarter = name.startsWith("Q");
        for (int q = 1; q < quarterOfEnd || (quarter && q == quarterOfEnd); q++) {
            buckets.add("Q" + q);
        }
        if (!quarter) {
            for (int m = (quarterOfEnd - 1) * 3 + 1; m <= lastMonth; m++) {
                buckets.add(monthKey(m));
            }
        }
        return buckets;
    }

    public static String monthKey(int month) {
        return "M%02d".formatted(month);
    }

    /** The three periods a month belongs to: itself, its quarter and the year (for figures that cannot be summed, such as distinct people). */
    public static List<String> periodsOf(int month) {
        return List.of(monthKey(month), "Q" + ((month - 1) / 3 + 1), YEAR.name());
    }

    /**
     * The month of the fiscal year in which something happened: its calendar month in that year, the first month
     * when it happened before the year began (a contract for next year proposed in December), the last when after.
     */
    public static int monthIn(int fiscalYear, Instant at) {
        return monthIn(fiscalYear, at.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public static int monthIn(int fiscalYear, LocalDate day) {
        if (day.getYear() < fiscalYear) {
            return 1;
        }
        if (day.getYear() > fiscalYear) {
            return 12;
        }
        return day.getMonthValue();
    }
}
