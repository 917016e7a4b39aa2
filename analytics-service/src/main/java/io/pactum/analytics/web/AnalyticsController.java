package io.pactum.analytics.web;

import io.pactum.analytics.application.AnalyticsQueries;
import io.pactum.analytics.application.Generations;
import io.pactum.analytics.application.ProgramReturns;
import io.pactum.analytics.application.Slice;
import io.pactum.analytics.application.Slices;
import io.pactum.analytics.application.Views;
import io.pactum.analytics.domain.FiscalPeriod;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Year;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The L&D metrics of the caller's slice (see analytics-service/API.md): {@code businessUnit} (one of the caller's, else
 * all of them), {@code fiscalYear} (default: this year), {@code period} ({@code YEAR}, {@code Q1}..{@code Q4},
 * {@code M01}..{@code M12}). Tables also answer {@code Accept: text/csv}.
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = CsvTables.TEXT_CSV;

    private final Slices slices;
    private final AnalyticsQueries queries;
    private final ProgramReturns returns;
    private final Generations generations;
    private final Clock clock;

    AnalyticsController(Slices slices, AnalyticsQueries queries, ProgramReturns returns, Generations generations, Clock clock) {
        this.slices = slices;
        this.queries = queries;
        this.returns = returns;
        this.generations = generations;
        this.clock = clock;
    }

    /** Budget, contracts, outcomes, competencies and ROI of the slice at a glance. */
    @GetMapping(path = "/overview", produces = JSON)
    Views.Overview overview(@RequestParam(required = false) String businessUnit,
                            @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                            @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.overview(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** Spend against budget per business unit (as at the end of the period). */
    @GetMapping(path = "/budgets", produces = {JSON, CSV})
    Views.Budgets budgets(@RequestParam(required = false) String businessUnit,
                          @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                          @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.budgets(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** Contracts that reached each stage in the period: proposed → signed → active → completed. */
    @GetMapping(path = "/funnel", produces = {JSON, CSV})
    Views.FunnelStages funnel(@RequestParam(required = false) String businessUnit,
                              @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                              @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.funnel(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** Levels gained per competency, the people who gained them, the cost and the cost per level. */
    @GetMapping(path = "/competency-gains", produces = {JSON, CSV})
    Views.CompetencyGains competencyGains(@RequestParam(required = false) String businessUnit,
                                          @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                                          @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.competencyGains(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** Per competency the role profiles require: people assessed, below the level, levels missing. */
    @GetMapping(path = "/gap-heatmap", produces = {JSON, CSV})
    Views.GapHeatmap gapHeatmap(@RequestParam(required = false) String businessUnit, Caller caller) {
        return queries.gapHeatmap(slices.of(caller, businessUnit, Year.now(clock).getValue()));
    }

    /** ROI after Phillips per program (contract template), and in total, for a fiscal year. */
    @GetMapping(path = "/roi", produces = {JSON, CSV})
    Views.Roi roi(@RequestParam(required = false) String businessUnit,
                  @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear, Caller caller) {
        int year = year(fiscalYear);
        return returns.roi(slices.of(caller, businessUnit, year), year);
    }

    /** Providers by money spent, then planned. */
    @GetMapping(path = "/providers", produces = {JSON, CSV})
    Views.Providers providers(@RequestParam(required = false) String businessUnit,
                              @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                              @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.providers(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** Activity types by money spent, then planned. */
    @GetMapping(path = "/activity-types", produces = {JSON, CSV})
    Views.ActivityTypes activityTypes(@RequestParam(required = false) String businessUnit,
                                      @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear,
                                      @RequestParam(required = false) String period, Caller caller) {
        int year = year(fiscalYear);
        return queries.activityTypes(slices.of(caller, businessUnit, year), year, period(period));
    }

    /** ACTIVE contracts with a missed milestone or check-in still open, worst first (at most {@code limit}). */
    @GetMapping(path = "/at-risk", produces = {JSON, CSV})
    Views.AtRisk atRisk(@RequestParam(required = false) String businessUnit,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit, Caller caller) {
        Slice slice = slices.of(caller, businessUnit, Year.now(clock).getValue());
        return queries.atRisk(slice, limit);
    }

    /** How many events the read models applied and the latest event's time: poll it to refresh when new events arrive. */
    @GetMapping(path = "/freshness", produces = JSON)
    Views.Freshness freshness(Caller caller) {
        slices.requireReader(caller);
        return queries.freshness(generations.active());
    }

    private int year(Integer fiscalYear) {
        return fiscalYear != null ? fiscalYear : Year.now(clock).getValue();
    }

    private static FiscalPeriod period(String period) {
        try {
            return FiscalPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
    }
}
