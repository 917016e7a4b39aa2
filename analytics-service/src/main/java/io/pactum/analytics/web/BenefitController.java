package io.pactum.analytics.web;

import io.pactum.analytics.application.AnalyticsQueries;
import io.pactum.analytics.application.BenefitRegister;
import io.pactum.analytics.application.Slices;
import io.pactum.analytics.application.Views;
import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.Kirkpatrick;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.events.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Year;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Benefits L&D attributes to programs and contracts, the input of the ROI. */
@RestController
@RequestMapping("/api/analytics/benefits")
class BenefitController {

    private final BenefitRegister register;
    private final Slices slices;
    private final AnalyticsQueries queries;
    private final Clock clock;

    BenefitController(BenefitRegister register, Slices slices, AnalyticsQueries queries, Clock clock) {
        this.register = register;
        this.slices = slices;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * A benefit of a program or a contract.
     *
     * @param programId         a contract template's id (or {@code contract:<id>}); or give contractId
     * @param annualBenefit     the annual monetary benefit, more than zero, in the contract's currency
     * @param isolationPercent  the share of the benefit caused by the learning, 0–100 (two decimals at most)
     * @param confidencePercent the confidence in the estimate, 0–100 (two decimals at most)
     * @param fiscalYear        a program benefit's year (default: this year); a contract's is its own
     */
    record BenefitRequest(String programId, String contractId, @NotNull @Valid ApiMoney annualBenefit,
                          @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal isolationPercent,
                          @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal confidencePercent,
                          KirkpatrickLevels kirkpatrick, @Size(max = 2000) String note,
                          @Min(2000) @Max(2999) Integer fiscalYear) {
    }

    /** The Kirkpatrick levels the evaluation behind the benefit covered (absent: false). */
    record KirkpatrickLevels(Boolean reaction, Boolean learning, Boolean behaviour, Boolean results) {
        Kirkpatrick levels() {
            return new Kirkpatrick(Boolean.TRUE.equals(reaction), Boolean.TRUE.equals(learning),
                    Boolean.TRUE.equals(behaviour), Boolean.TRUE.equals(results));
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Views.BenefitView> record(@Valid @RequestBody BenefitRequest request, Caller caller) {
        Money benefit = request.annualBenefit().toMoney("annualBenefit");
        if (benefit.amountMinor() <= 0) {
            throw new InvalidFieldException("annualBenefit.amount", "must be more than zero");
        }
        Benefit stored = register.record(caller, new BenefitRegister.NewBenefit(blankToNull(request.programId()),
                blankToNull(request.contractId()), benefit, request.isolationPercent(), request.confidencePercent(),
                request.kirkpatrick() == null ? null : request.kirkpatrick().levels(), request.note(), request.fiscalYear()));
        return ResponseEntity.created(URI.create("/api/analytics/benefits/" + stored.id())).body(AnalyticsQueries.view(stored));
    }

    /** The benefits of the caller's slice, oldest first (a manager: those of their team's contracts). */
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvTables.TEXT_CSV})
    Views.Benefits list(@RequestParam(required = false) String businessUnit,
                        @RequestParam(required = false) @Min(2000) @Max(2999) Integer fiscalYear, Caller caller) {
        int year = fiscalYear != null ? fiscalYear : Year.now(clock).getValue();
        return queries.benefits(slices.of(caller, businessUnit, year), fiscalYear);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
