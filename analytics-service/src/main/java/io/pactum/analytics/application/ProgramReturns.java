package io.pactum.analytics.application;

import static io.pactum.analytics.application.AnalyticsQueries.amount;
import static io.pactum.analytics.application.AnalyticsQueries.api;
import static io.pactum.analytics.application.AnalyticsQueries.byDimension;
import static io.pactum.analytics.application.AnalyticsQueries.coverage;

import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.Metrics;
import io.pactum.analytics.domain.ProgramReturn;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * ROI after Phillips per program of a slice and fiscal year: the program buckets (contracts, completed, fully
 * loaded cost) of each template, and of "other" (contracts without one), with the benefits recorded on the program
 * and on its contracts; a contract without a template that has a benefit is its own program, taken out of "other".
 * A manager's team counts only benefits recorded on the team's contracts.
 */
public class ProgramReturns {

    static final String OTHER_PROGRAM_NAME = "Contracts without a template";

    private final ReadModelStore store;
    private final BenefitStore benefits;

    public ProgramReturns(ReadModelStore store, BenefitStore benefits) {
        this.store = store;
        this.benefits = benefits;
    }

    /** The programs and their returns, in the currency holding most of the slice's program money. */
    public record Figures(String currency, Set<String> currencies, Map<String, ProgramReturn> programs,
                         Map<String, String> contractTitles) {

        public ProgramReturn total() {
            return programs.values().stream().reduce(ProgramReturn.NONE, ProgramReturn::plus);
        }
    }

    public Views.Roi roi(Slice slice, int fiscalYear) {
        Figures figures = figures(slice, fiscalYear);
        String currency = figures.currency();
        Map<String, String> names = new HashMap<>();
        store.templates(slice.generation(), figures.programs().keySet()).forEach((id, t) -> names.put(id, t.title()));
        List<Views.ProgramRoi> items = new ArrayList<>();
        figures.programs().forEach((programId, r) -> {
            String name = programId.equals(RollupKey.OTHER_PROGRAM) ? OTHER_PROGRAM_NAME
                    : figures.contractTitles().containsKey(programId) ? figures.contractTitles().get(programId)
                    : names.getOrDefault(programId, programId);
            items.add(new Views.ProgramRoi(programId, name, r.contracts(), r.completed(), api(r.costMinor(), currency),
                    api(r.benefitMinor(), currency), api(r.adjustedMinor(), currency), r.roiPercent(), r.benefitCostRatio(),
                    coverage(r.kirkpatrick())));
        });
        items.sort(Comparator.comparingLong((Views.ProgramRoi p) -> amount(p.cost())).reversed()
                .thenComparing(Views.ProgramRoi::programId));
        ProgramReturn t = figures.total();
        return new Views.Roi(items, new Views.RoiTotal(t.contracts(), t.completed(), api(t.costMinor(), currency),
                api(t.benefitMinor(), currency), api(t.adjustedMinor(), currency), t.roiPercent(), t.benefitCostRatio(),
                coverage(t.kirkpatrick())));
    }

    public Figures figures(Slice slice, int fiscalYear) {
        Map<String, io.pactum.analytics.domain.Figures> buckets = byDimension(slice, RollupKind.PROGRAM, fiscalYear,
                (unit, program) -> List.of(RollupKey.program(unit, fiscalYear, program)));
        List<Benefit> recorded = slice.isTeam()
                ? benefits.ofContracts(slice.team().stream().map(ContractFacts::contractId).toList(), fiscalYear)
                : benefits.ofUnits(slice.units(), fiscalYear);
        Set<String> contractIds = recorded.stream().map(Benefit::contractId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, ContractFacts> contracts = new HashMap<>();
        store.contracts(slice.generation(), contractIds).stream()
                .filter(c -> slice.units().contains(c.businessUnit()) && c.fiscalYear() == fiscalYear)
                .forEach(c -> contracts.put(c.contractId(), c));

        String currency = Metrics.dominantCurrency(buckets.values());
        if (currency == null && !recorded.isEmpty()) {
            currency = recorded.getFirst().annualBenefit().currency();
        }
        Set<String> currencies = new TreeSet<>();
        buckets.values().forEach(f -> currencies.addAll(f.currencies()));
        recorded.forEach(b -> currencies.add(b.annualBenefit().currency()));
        Map<String, ProgramReturn> programs = new TreeMap<>();
        Map<String, String> contractTitles = new HashMap<>();
        String inCurrency = currency;
        buckets.forEach((program, f) -> programs.put(program, ProgramReturn.of(f, inCurrency)));
        for (Benefit benefit : recorded) {
            if (!benefit.annualBenefit().currency().equals(currency)) {
                continue; // another currency cannot be set against these costs
            }
            if (benefit.programId() != null) {
                add(programs, benefit.programId(), benefit);
            } else if (contracts.containsKey(benefit.contractId())) {
                ContractFacts contract = contracts.get(benefit.contractId());
                if (contract.templateId() != null) {
                    add(programs, contract.templateId(), benefit);
                } else {
                    // a contract without a template is its own program: taken out of "other"
                    String own = contract.programId();
                    if (!programs.containsKey(own)) {
                        ProgramReturn ownFigures = ProgramReturn.of(contract.programFigures(), currency);
                        programs.put(own, ownFigures);
                        contractTitles.put(own, contract.title() != null ? contract.title() : own);
                        programs.put(RollupKey.OTHER_PROGRAM, programs.getOrDefault(RollupKey.OTHER_PROGRAM, ProgramReturn.NONE)
                                .minus(ownFigures));
                    }
                    add(programs, own, benefit);
                }
            }
        }
        ProgramReturn other = programs.get(RollupKey.OTHER_PROGRAM);
        if (other != null && other.contracts() == 0 && other.costMinor() == 0) {
            programs.remove(RollupKey.OTHER_PROGRAM);
        }
        return new Figures(currency, currencies, programs, contractTitles);
    }

    private static void add(Map<String, ProgramReturn> programs, String program, Benefit benefit) {
        programs.put(program, programs.getOrDefault(program, ProgramReturn.NONE).withBenefit(benefit));
    }
}
