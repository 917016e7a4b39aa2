package io.pactum.contract.application;

import io.pactum.contract.domain.FiscalCalendar;
import java.time.Month;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fiscal calendars of the business units ({@code pactum.contracts.fiscal-year-start.<unit>: <month 1-12>});
 * a unit not listed keeps the calendar year. Used when a draft names no fiscal year.
 */
@ConfigurationProperties("pactum.contracts")
public record FiscalCalendars(Map<String, Integer> fiscalYearStart) {

    public FiscalCalendars {
        fiscalYearStart = fiscalYearStart == null ? Map.of() : Map.copyOf(fiscalYearStart);
        fiscalYearStart.forEach((unit, month) -> {
            if (month == null || month < 1 || month > 12) {
                throw new IllegalArgumentException("pactum.contracts.fiscal-year-start." + unit + " must be a month 1-12");
            }
        });
    }

    public FiscalCalendar of(String businessUnit) {
        Integer month = fiscalYearStart.get(businessUnit);
        return month == null ? FiscalCalendar.CALENDAR_YEAR : new FiscalCalendar(Month.of(month));
    }
}
