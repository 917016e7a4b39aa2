package io.pactum.contract.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A business unit's fiscal calendar: the month its fiscal year starts in. A fiscal year is named by the
 * calendar year it starts in (a year starting in April 2026 is fiscal year 2026).
 */
public record FiscalCalendar(Month firstMonth) {

    public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(Month.JANUARY);

    /** The fiscal year {@code day} falls in. */
    public int yearOf(LocalDate day) {
        return day.getMonthValue() >= firstMonth.getValue() ? day.getYear() : day.getYear() - 1;
    }
}
