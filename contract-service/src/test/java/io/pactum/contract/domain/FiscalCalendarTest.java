package io.pactum.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    @Test
    void a_calendar_fiscal_year_is_the_calendar_year() {
        assertThat(FiscalCalendar.CALENDAR_YEAR.yearOf(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
        assertThat(FiscalCalendar.CALENDAR_YEAR.yearOf(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
    }

    @Test
    void a_year_starting_in_april_is_named_by_the_year_it_starts_in() {
        FiscalCalendar april = new FiscalCalendar(Month.APRIL);
        assertThat(april.yearOf(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(april.yearOf(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
        assertThat(april.yearOf(LocalDate.of(2027, 12, 1))).isEqualTo(2027);
    }
}
