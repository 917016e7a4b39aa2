package io.pactum.analytics.application;

import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.ContractStatus;
import io.pactum.analytics.domain.Figures;
import io.pactum.analytics.domain.FiscalPeriod;
import io.pactum.analytics.domain.GapHeatmap;
import io.pactum.analytics.domain.Kirkpatrick;
import io.pactum.analytics.domain.Measures;
import io.pactum.analytics.domain.Metrics;
import io.pactum.analytics.domain.ProgramReturn;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.events.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The answers of the analytics API, each computed from a bounded number of buckets of the slice (a few per unit,
 * or per unit and dimension), never by reading every contract. Flows (the funnel, outcomes, milestones, check-ins,
 * levels, providers) are the period's bucket; budget figures and contracts by status are as at the end of the period
 * (the buckets from the start of the year up to it: the year, quarters, months of the last quarter).
 */
public class AnalyticsQueries {

    private final ReadModelStore store;
    private final BenefitStore benefits;
    private final WorkforceDirectory workforce;
    private final ProgramReturns returns;

    public AnalyticsQueries(ReadModelStore store, BenefitStore benefits, WorkforceDirectory workforce, ProgramReturns returns) {
        this.store = store;
        this.benefits = benefits;
        this.workforce = workforce;
        this.returns = returns;
    }

    // --- overview ------------------------------------------------------------------------------------------

    public Views.Overview overview(Slice slice, int fiscalYear, FiscalPeriod period) {
        // every bucket the overview needs in one read: the period's and those adding up to its end, and CURRENT
        List<String> flow = List.of(period.flowBucket());
        List<String> toDateBuckets = period.toDateBuckets();
        List<RollupKey> keys = new ArrayList<>();
        for (String unit : slice.units()) {
            keys.addAll(mainKeys(unit, fiscalYear, flow));
            keys.addAll(mainKeys(unit, fiscalYear, toDateBuckets));
            keys.addAll(budgetKeys(unit, fiscalYear, flow));
            keys.addAll(budgetKeys(unit, fiscalYear, toDateBuckets));
            keys.add(RollupKey.current(unit, fiscalYear));
        }
        Map<RollupKey, Figures> buckets = slice.buckets().figures(keys.stream().distinct().toList());
        Figures inPeriod = sum(buckets, slice, unit -> mainKeys(unit, fiscalYear, flow));
        Figures toDate = sum(buckets, slice, unit -> mainKeys(unit, fiscalYear, toDateBuckets));
        Figures budgetToDate = sum(buckets, slice, unit -> budgetKeys(unit, fiscalYear, toDateBuckets));
        Figures budgetInPeriod = sum(buckets, slice, unit -> budgetKeys(unit, fiscalYear, flow));
        Figures current = sum(buckets, slice, unit -> List.of(RollupKey.current(unit, fiscalYear)));
        ProgramReturns.Figures roi = returns.figures(slice, fiscalYear);

        String currency = Metrics.dominantCurrency(List.of(budgetToDate));
        if (currency == null) {
            currency = roi.currency();
        }
        Set<String> currencies = new TreeSet<>(budgetToDate.currencies());
        currencies.addAll(roi.currencies());
        List<String> listed = new ArrayList<>();
        if (currency != null) {
            listed.add(currency);
        }
        currencies.stream().filter(c -> !c.equals(listed.isEmpty() ? null : listed.getFirst())).forEach(listed::add);

        long allocated = money(budgetToDate, currency, Measures.ALLOCATED);
        long reserved = money(budgetToDate, currency, Measures.RESERVED);
        long spent = money(budgetToDate, currency, Measures.SPENT);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ContractStatus status : ContractStatus.values()) {
            byStatus.put(status.name(), toDate.count(Measures.status(status)));
        }
        long levels = inPeriod.count(Measures.LEVELS_GAINED);
        long spentInPeriod = money(budgetInPeriod, currency, Measures.SPENT);
        Long costPerLevel = Metrics.costPerLevel(spentInPeriod, levels);
        ProgramReturn total = roi.total();
        return new Views.Overview(slice.businessUnit(), fiscalYear, period.name(), listed,
                api(allocated, currency), api(reserved, currency), api(spent, currency),
                Metrics.utilisation(allocated, reserved, spent), byStatus, funnel(inPeriod),
                Metrics.medianDaysToSignature(inPeriod), Metrics.completionRate(inPeriod),
                Metrics.milestoneOnTimeRate(inPeriod), inPeriod.count(Measures.MILESTONES_MISSED),
                Metrics.checkInAdherence(inPeriod), levels,
                costPerLevel == null || currency == null ? null : api(costPerLevel, currency),
                currency == null ? null : Metrics.levelsPerThousand(levels, spentInPeriod, currency),
                total.roiPercent(), total.benefitCostRatio(), current.count(Measures.AT_RISK),
                store.freshness(slice.generation()).lastEventAt());
    }

    private static Views.Funnel funnel(Figures main) {
        return new Views.Funnel(main.count(Measures.FUNNEL_PROPOSED), main.count(Measures.FUNNEL_SIGNED),
                main.count(Measures.FUNNEL_ACTIVE), main.count(Measures.FUNNEL_COMPLETED));
    }

    // --- tables --------------------------------------------------------------------------------------------

    public Views.Budgets budgets(Slice slice, int fiscalYear, FiscalPeriod period) {
        List<RollupKey> keys = new ArrayList<>();
        slice.units().forEach(unit -> keys.addAll(budgetKeys(unit, fiscalYear, period.toDateBuckets())));
        Map<RollupKey, Figures> buckets = slice.buckets().figures(keys);
        List<Views.BudgetRow> rows = new ArrayList<>();
        for (String unit : slice.units()) {
            Figures figures = new Figures();
            budgetKeys(unit, fiscalYear, period.toDateBuckets()).forEach(k -> figures.plus(buckets.getOrDefault(k, new Figures())));
            String currency = Metrics.dominantCurrency(List.of(figures));
            long allocated = money(figures, currency, Measures.ALLOCATED);
            long reserved = money(figures, currency, Measures.RESERVED);
            long spent = money(figures, currency, Measures.SPENT);
            rows.add(new Views.BudgetRow(unit, api(allocated, currency), api(reserved, currency), api(spent, currency),
                    api(allocated - reserved - spent, currency), Metrics.utilisation(allocated, reserved, spent),
                    figures.count(Measures.ACCOUNTS)));
        }
        return new Views.Budgets(rows);
    }

    public Views.FunnelStages funnel(Slice slice, int fiscalYear, FiscalPeriod period) {
        List<RollupKey> keys = new ArrayList<>();
        slice.units().forEach(unit -> keys.addAll(mainKeys(unit, fiscalYear, List.of(period.flowBucket()))));
        Views.Funnel funnel = funnel(sumOf(slice, keys));
        return new Views.FunnelStages(List.of(new Views.FunnelStage("PROPOSED", funnel.proposed()),
                new Views.FunnelStage("SIGNED", funnel.signed()), new Views.FunnelStage("ACTIVE", funnel.active()),
                new Views.FunnelStage("COMPLETED", funnel.completed())));
    }

    public Views.CompetencyGains competencyGains(Slice slice, int fiscalYear, FiscalPeriod period) {
        Map<String, Figures> byCompetency = byDimension(slice, RollupKind.COMPETENCY, fiscalYear,
                (unit, competency) -> List.of(RollupKey.competency(unit, fiscalYear, period.name(), competency)));
        String currency = Metrics.dominantCurrency(byCompetency.values());
        List<Views.CompetencyGain> rows = new ArrayList<>();
        byCompetency.forEach((competency, f) -> {
            long levels = f.count(Measures.LEVELS_GAINED);
            long cost = money(f, currency, Measures.COST);
            Long perLevel = Metrics.costPerLevel(cost, levels);
            rows.add(new Views.CompetencyGain(competency, levels, f.count(Measures.EMPLOYEES),
                    currency == null ? null : api(cost, currency),
                    perLevel == null || currency == null ? null : api(perLevel, currency)));
        });
        rows.sort(Comparator.comparingLong(Views.CompetencyGain::levelsGained).reversed()
                .thenComparing(Views.CompetencyGain::competencyId));
        return new Views.CompetencyGains(rows);
    }

    public Views.GapHeatmap gapHeatmap(Slice slice) {
        Map<String, Long> headcount = new TreeMap<>();
        List<RollupKey> heads = new ArrayList<>();
        slice.buckets().dimensions(RollupKind.HEAD, slice.units(), 0)
                .forEach((unit, roles) -> roles.forEach(role -> heads.add(RollupKey.head(unit, role))));
        slice.buckets().figures(heads).forEach((key, f) -> headcount.merge(key.dimension(), f.count(Measures.HEADCOUNT), Long::sum));
        List<GapHeatmap.Requirement> requirements = store.requirements(slice.generation(), headcount.keySet());
        Map<String, Figures> levels = new HashMap<>();
        List<RollupKey> gapKeys = new ArrayList<>();
        for (String unit : slice.units()) {
            requirements.forEach(r -> gapKeys.add(RollupKey.gap(unit, r.jobRole(), r.competencyId())));
        }
        slice.buckets().figures(gapKeys).forEach((key, f) -> levels.computeIfAbsent(key.dimension(), d -> new Figures()).plus(f));
        List<Views.Gap> rows = GapHeatmap.rows(requirements, headcount, levels).stream()
                .map(r -> new Views.Gap(r.competencyId(), r.required(), r.employees(), r.below(), r.totalGap(), r.averageGap()))
                .toList();
        return new Views.GapHeatmap(rows);
    }

    public Views.Providers providers(Slice slice, int fiscalYear, FiscalPeriod period) {
        Map<String, Figures> byProvider = byDimension(slice, RollupKind.PROVIDER, fiscalYear,
                (unit, provider) -> List.of(RollupKey.provider(unit, fiscalYear, period.flowBucket(), provider)));
        String currency = Metrics.dominantCurrency(byProvider.values());
        List<Views.Provider> rows = new ArrayList<>();
        byProvider.forEach((provider, f) -> {
            List<String> types = f.counts().keySet().stream().filter(n -> n.startsWith("type"))
                    .map(n -> n.substring("type".length())).sorted().toList();
            rows.add(new Views.Provider(provider, types, f.count(Measures.CONTRACTS),
                    api(money(f, currency, Measures.PLANNED), currency), api(money(f, currency, Measures.SPENT), currency)));
        });
        rows.sort(Comparator.comparingLong((Views.Provider p) -> amount(p.spent())).reversed()
                .thenComparing(Comparator.comparingLong((Views.Provider p) -> amount(p.planned())).reversed())
                .thenComparing(Views.Provider::provider));
        return new Views.Providers(rows);
    }

    public Views.ActivityTypes activityTypes(Slice slice, int fiscalYear, FiscalPeriod period) {
        Map<String, Figures> byType = byDimension(slice, RollupKind.ACTIVITY, fiscalYear,
                (unit, type) -> List.of(RollupKey.activity(unit, fiscalYear, period.flowBucket(), type)));
        String currency = Metrics.dominantCurrency(byType.values());
        List<Views.ActivityType> rows = new ArrayList<>();
        byType.forEach((type, f) -> rows.add(new Views.ActivityType(type, f.count(Measures.CONTRACTS),
                api(money(f, currency, Measures.PLANNED), currency), api(money(f, currency, Measures.SPENT), currency))));
        rows.sort(Comparator.comparingLong((Views.ActivityType t) -> amount(t.spent())).reversed()
                .thenComparing(Comparator.comparingLong((Views.ActivityType t) -> amount(t.planned())).reversed())
                .thenComparing(Views.ActivityType::activityType));
        return new Views.ActivityTypes(rows);
    }

    public Views.AtRisk atRisk(Slice slice, int limit) {
        List<ContractFacts> contracts;
        if (slice.isTeam()) {
            contracts = slice.team().stream().filter(ContractFacts::atRisk).filter(c -> slice.units().contains(c.businessUnit()))
                    .sorted(WORST_FIRST).limit(limit).toList();
        } else {
            contracts = store.atRisk(slice.generation(), slice.units(), limit);
        }
        Map<String, String> names = new HashMap<>();
        List<Views.AtRiskContract> rows = contracts.stream().map(c -> new Views.AtRiskContract(c.contractId(), c.employeeId(),
                names.computeIfAbsent(c.employeeId(), id -> workforce.find(id).map(WorkforceMember::name).orElse(null)),
                c.managerId(), c.businessUnit(), c.title(), c.milestonesMissed().size(), c.checkInsMissed().size(),
                c.lastMissedOn())).toList();
        return new Views.AtRisk(rows);
    }

    /** Most misses first, then the latest miss, then by id. */
    public static final Comparator<ContractFacts> WORST_FIRST = Comparator
            .comparingInt((ContractFacts c) -> c.milestonesMissed().size() + c.checkInsMissed().size()).reversed()
            .thenComparing(ContractFacts::lastMissedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ContractFacts::contractId);

    public Views.Freshness freshness(int generation) {
        ReadModelStore.Freshness freshness = store.freshness(generation);
        return new Views.Freshness(freshness.eventsApplied(), freshness.lastEventAt());
    }

    public Views.Benefits benefits(Slice slice, Integer fiscalYear) {
        List<Benefit> found = slice.isTeam()
                ? benefits.ofContracts(slice.team().stream().map(ContractFacts::contractId).toList(), fiscalYear)
                : benefits.ofUnits(slice.units(), fiscalYear);
        return new Views.Benefits(found.stream().map(AnalyticsQueries::view).toList());
    }

    public static Views.BenefitView view(Benefit b) {
        return new Views.BenefitView(b.id(), b.programId(), b.contractId(), b.businessUnit(), b.fiscalYear(),
                ApiMoney.of(b.annualBenefit()), b.isolationPercent(), b.confidencePercent(),
                ApiMoney.of(new Money(b.adjustedMinor(), b.annualBenefit().currency())), coverage(b.kirkpatrick()),
                b.note(), b.recordedBy(), b.recordedAt());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static List<RollupKey> mainKeys(String unit, int fiscalYear, List<String> periods) {
        return periods.stream().map(p -> RollupKey.main(unit, fiscalYear, p)).toList();
    }

    private static List<RollupKey> budgetKeys(String unit, int fiscalYear, List<String> periods) {
        return periods.stream().map(p -> RollupKey.budget(unit, fiscalYear, p)).toList();
    }

    /** The sum of the fetched buckets each unit's keys name. */
    private static Figures sum(Map<RollupKey, Figures> buckets, Slice slice, Function<String, List<RollupKey>> keysOfUnit) {
        Figures sum = new Figures();
        slice.units().forEach(unit -> keysOfUnit.apply(unit).forEach(key -> {
            Figures f = buckets.get(key);
            if (f != null) {
                sum.plus(f);
            }
        }));
        return sum;
    }

    private static Figures sumOf(Slice slice, List<RollupKey> keys) {
        Figures sum = new Figures();
        slice.buckets().figures(keys).values().forEach(sum::plus);
        return sum;
    }

    /** The figures per dimension value (over the slice's units), each summed from the keys the function names. */
    static Map<String, Figures> byDimension(Slice slice, RollupKind kind, int fiscalYear,
                                                    java.util.function.BiFunction<String, String, List<RollupKey>> keys) {
        List<RollupKey> all = new ArrayList<>();
        slice.buckets().dimensions(kind, slice.units(), fiscalYear)
                .forEach((unit, dimensions) -> dimensions.forEach(dimension -> all.addAll(keys.apply(unit, dimension))));
        Map<String, Figures> byDimension = new TreeMap<>();
        slice.buckets().figures(all).forEach((key, f) -> byDimension.computeIfAbsent(key.dimension(), d -> new Figures()).plus(f));
        byDimension.values().removeIf(Figures::isEmpty);
        return byDimension;
    }

    private static long money(Figures figures, String currency, String name) {
        return currency == null ? 0 : figures.money(currency, name);
    }

    static ApiMoney api(long minor, String currency) {
        return currency == null ? null : ApiMoney.of(new Money(minor, currency));
    }

    static long amount(ApiMoney money) {
        return money == null ? 0 : new java.math.BigDecimal(money.amount()).movePointRight(4).longValue();
    }

    static Views.KirkpatrickCoverage coverage(Kirkpatrick k) {
        Kirkpatrick levels = k == null ? Kirkpatrick.NONE : k;
        return new Views.KirkpatrickCoverage(levels.reaction(), levels.learning(), levels.behaviour(), levels.results());
    }
}
