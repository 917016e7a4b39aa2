package io.pactum.analytics.domain;

import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything analytics knows about one learning contract, learnt from contract and budget events in whatever
 * order they arrive (the two topics are not ordered with each other): the facts are kept, and the status,
 * funnel, outcomes and money are derived from them. So the same events give the same facts in any order,
 * which makes a replay rebuild identical.
 *
 * @param fiscalYear   0 until an event names it
 * @param plannedCost  the total planned cost of the latest revision proposed, amended or signed
 * @param terms        the latest signed terms; null before signing, or when the events did not carry them
 * @param lifecycle    the status-changing facts, ordered by when they happened
 * @param held         what the budget still holds reserved for the contract (minor units)
 * @param heldRevision the revision whose reservation is held
 */
public record ContractFacts(
        String contractId,
        String employeeId,
        String managerId,
        String businessUnit,
        int fiscalYear,
        String title,
        String templateId,
        Money plannedCost,
        Terms terms,
        List<Step> lifecycle,
        long held,
        int heldRevision,
        String heldCurrency,
        List<Spend> spends,
        List<MilestoneDone> milestonesCompleted,
        List<MilestoneMiss> milestonesMissed,
        List<CheckInDone> checkIns,
        List<LocalDate> checkInsMissed) {

    /** Activity types as contract-service names them; anything else is counted as OTHER. */
    private static final String ACTIVITY_TYPE = "[A-Z][A-Z_]{0,39}";
    static final String OTHER_TYPE = "OTHER";

    public ContractFacts {
        lifecycle = List.copyOf(lifecycle);
        spends = List.copyOf(spends);
        milestonesCompleted = List.copyOf(milestonesCompleted);
        milestonesMissed = List.copyOf(milestonesMissed);
        checkIns = List.copyOf(checkIns);
        checkInsMissed = List.copyOf(checkInsMissed);
    }

    public static ContractFacts empty(String contractId) {
        return new ContractFacts(contractId, null, null, null, 0, null, null, null, null, List.of(), 0, 0, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The signed terms analytics uses. */
    public record Terms(int revision, List<PlannedObjective> objectives, List<PlannedActivity> activities,
                        List<PlannedMilestone> milestones, Integer checkInEveryDays) {
        public Terms {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            activities = activities == null ? List.of() : List.copyOf(activities);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    /** A fact that may change the status. */
    public record Step(StepKind kind, int revision, Instant at) {
    }

    public enum StepKind { PROPOSED, AMENDED, SIGNED, PENDING_APPROVAL, ACTIVATED, FUNDING_DECLINED, COMPLETED, FAILED, CANCELLED }

    public record Spend(long amountMinor, String currency, String supplier, Instant at) {
    }

    public record MilestoneDone(String milestoneId, Instant completedAt) {
    }

    public record MilestoneMiss(String milestoneId, LocalDate dueDate) {
    }

    public record CheckInDone(String checkInId, Instant recordedAt) {
    }

    /** A change of status at a moment; {@code from} is null for the first. */
    public record StatusChange(ContractStatus from, ContractStatus to, Instant at) {
    }

    // --- learning from events ------------------------------------------------------------------------------

    /** The facts after the event; the same facts when the event says nothing new about this contract. */
    public ContractFacts apply(EventEnvelope event) {
        Builder b = new Builder(this);
        switch (event.data()) {
            case ContractProposed e -> {
                b.identify(e.employeeId(), e.managerId(), e.businessUnit(), e.fiscalYear());
                b.plannedCost(e.revision(), e.totalPlannedCost());
                b.step(StepKind.PROPOSED, e.revision(), Occurrence.of(event));
            }
            case ContractAmended e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.plannedCost(e.revision(), e.totalPlannedCost());
                b.step(StepKind.AMENDED, e.revision(), Occurrence.of(event));
            }
            case ContractSigned e -> {
                b.identify(e.employeeId(), e.managerId(), e.businessUnit(), e.fiscalYear());
                b.plannedCost(e.revision(), e.totalPlannedCost());
                if (terms == null || e.revision() >= terms.revision()) {
                    b.title = e.title() != null ? e.title() : b.title;
                    b.templateId = e.templateId() != null ? e.templateId() : b.templateId;
                    b.terms = new Terms(e.revision(), e.objectives(), e.activities(), e.milestones(), e.checkInEveryDays());
                }
                b.step(StepKind.SIGNED, e.revision(), Occurrence.of(event, e.signedAt()));
            }
            case ContractActivated e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.ACTIVATED, e.revision(), Occurrence.of(event, e.activatedAt()));
            }
            case ContractFundingDeclined e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.FUNDING_DECLINED, e.revision(), Occurrence.of(event));
            }
            case ContractCompleted e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.COMPLETED, e.revision(), Occurrence.of(event, e.completedAt()));
            }
            case ContractFailed e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.FAILED, e.revision(), Occurrence.of(event, e.failedAt()));
            }
            case ContractCancelled e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.CANCELLED, 0, Occurrence.of(event, e.cancelledAt()));
            }
            case MilestoneCompleted e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                if (b.milestonesCompleted.stream().noneMatch(m -> m.milestoneId().equals(e.milestoneId()))) {
                    b.milestonesCompleted.add(new MilestoneDone(e.milestoneId(), Occurrence.of(event, e.completedAt())));
                }
            }
            case MilestoneMissed e -> {
                b.identify(e.employeeId(), e.managerId(), e.businessUnit(), e.fiscalYear());
                if (b.milestonesMissed.stream().noneMatch(m -> m.milestoneId().equals(e.milestoneId()))) {
                    b.milestonesMissed.add(new MilestoneMiss(e.milestoneId(), e.dueDate()));
                }
            }
            case CheckInRecorded e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                if (b.checkIns.stream().noneMatch(c -> c.checkInId().equals(e.checkInId()))) {
                    b.checkIns.add(new CheckInDone(e.checkInId(), Occurrence.of(event, e.recordedAt())));
                }
            }
            case CheckInMissed e -> {
                b.identify(e.employeeId(), e.managerId(), e.businessUnit(), e.fiscalYear());
                if (!b.checkInsMissed.contains(e.dueDate())) {
                    b.checkInsMissed.add(e.dueDate());
                }
            }
            case BudgetReservationPendingApproval e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.step(StepKind.PENDING_APPROVAL, e.revision(), Occurrence.of(event));
            }
            case BudgetReserved e -> {
                b.identify(e.employeeId(), null, null, e.fiscalYear());
                if (e.revision() > b.heldRevision) {
                    b.held = e.amount().amountMinor();
                    b.heldRevision = e.revision();
                    b.heldCurrency = e.amount().currency();
                }
            }
            case BudgetSpent e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.spends.add(new Spend(e.amount().amountMinor(), e.amount().currency(), e.supplier(), Occurrence.of(event)));
                b.held = Math.max(0, b.held - e.amount().amountMinor());
            }
            case BudgetReleased e -> {
                b.identify(e.employeeId(), null, e.businessUnit(), e.fiscalYear());
                b.held = Math.max(0, b.held - e.amount().amountMinor());
            }
            default -> {
            }
        }
        return b.build();
    }

    // --- what the facts say ---------------------------------------------------------------------------------

    /** The statuses the contract went through, in order. */
    public List<StatusChange> timeline() {
        List<StatusChange> changes = new ArrayList<>();
        ContractStatus status = null;
        int latestRevision = 0;
        for (Step step : lifecycle) {
            if (status != null && status.ended()) {
                break;
            }
            ContractStatus next = status;
            switch (step.kind()) {
                case PROPOSED, AMENDED -> {
                    // a proposal of the revision already signed (published in the same write) changes nothing
                    if (step.revision() > latestRevision || status == null) {
                        next = ContractStatus.PROPOSED;
                    }
                    latestRevision = Math.max(latestRevision, step.revision());
                }
                case SIGNED -> {
                    if (step.revision() >= latestRevision) {
                        latestRevision = step.revision();
                        next = ContractStatus.SIGNED;
                    }
                }
                case PENDING_APPROVAL -> {
                    if (step.revision() == latestRevision && status == ContractStatus.SIGNED) {
                        next = ContractStatus.FUNDING_PENDING_APPROVAL;
                    }
                }
                case ACTIVATED -> {
                    if (step.revision() >= latestRevision) {
                        next = ContractStatus.ACTIVE;
                    }
                }
                case FUNDING_DECLINED -> {
                    if (step.revision() >= latestRevision) {
                        next = ContractStatus.FUNDING_DECLINED;
                    }
                }
                case COMPLETED -> next = ContractStatus.COMPLETED;
                case FAILED -> next = ContractStatus.FAILED;
                case CANCELLED -> next = ContractStatus.CANCELLED;
            }
            if (next != status) {
                changes.add(new StatusChange(status, next, step.at()));
                status = next;
            }
        }
        return changes;
    }

    /** The current status; empty while analytics only heard of the contract from the budget. */
    public Optional<ContractStatus> status() {
        List<StatusChange> timeline = timeline();
        return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.getLast().to());
    }

    /**
     * At risk: ACTIVE with a missed milestone that was not completed since, or a missed check-in with no
     * check-in on or after its due date.
     */
    public boolean atRisk() {
        if (status().orElse(null) != ContractStatus.ACTIVE) {
            return false;
        }
        boolean milestoneOutstanding = milestonesMissed.stream().anyMatch(miss -> milestonesCompleted.stream()
                .noneMatch(done -> done.milestoneId().equals(miss.milestoneId())));
        boolean checkInOutstanding = checkInsMissed.stream().anyMatch(due -> checkIns.stream()
                .noneMatch(c -> !dayOf(c.recordedAt()).isBefore(due)));
        return milestoneOutstanding || checkInOutstanding;
    }

    /** The latest due date that was missed (milestone or check-in); null when none. */
    public LocalDate lastMissedOn() {
        TreeSet<LocalDate> missed = new TreeSet<>(checkInsMissed);
        milestonesMissed.forEach(m -> missed.add(m.dueDate()));
        return missed.isEmpty() ? null : missed.last();
    }

    public long spent() {
        return spends.stream().mapToLong(Spend::amountMinor).sum();
    }

    /** The contract's currency: of its planned cost, else of what the budget holds or spent for it. */
    public String currency() {
        if (plannedCost != null) {
            return plannedCost.currency();
        }
        if (heldCurrency != null) {
            return heldCurrency;
        }
        return spends.isEmpty() ? null : spends.getFirst().currency();
    }

    /** The program: the template it was started from, else the contract itself ({@code contract:<id>}). */
    public String programId() {
        return templateId != null ? templateId : "contract:" + contractId;
    }

    public boolean signed() {
        return lifecycle.stream().anyMatch(s -> s.kind() == StepKind.SIGNED);
    }

    /**
     * The program figures of this contract, counted once it was signed: one contract, completed or not, and
     * its fully loaded cost from the ledger — spent plus what the budget still holds reserved for it.
     */
    public Figures programFigures() {
        Figures figures = new Figures();
        if (!signed()) {
            return figures;
        }
        figures.add(Measures.CONTRACTS, 1);
        if (status().orElse(null) == ContractStatus.COMPLETED) {
            figures.add(Measures.COMPLETED, 1);
        }
        spends.forEach(s -> figures.addMoney(s.currency(), Measures.COST, s.amountMinor()));
        if (held > 0 && heldCurrency != null) {
            figures.addMoney(heldCurrency, Measures.COST, held);
        }
        return figures;
    }

    // --- the contribution to the buckets --------------------------------------------------------------------

    /** What this contract adds to the buckets of its business unit and fiscal year (nothing while those are unknown). */
    public Tally contribution() {
        Tally tally = new Tally();
        if (businessUnit == null || fiscalYear == 0) {
            return tally;
        }
        statusAndFunnel(tally);
        milestonesAndCheckIns(tally);
        if (atRisk()) {
            tally.at(RollupKey.current(businessUnit, fiscalYear)).add(Measures.AT_RISK, 1);
        }
        Figures program = programFigures();
        if (!program.isEmpty()) {
            tally.at(RollupKey.program(businessUnit, fiscalYear, templateId != null ? templateId : RollupKey.OTHER_PROGRAM))
                    .plus(program);
        }
        providersAndActivities(tally);
        competencyCost(tally);
        return tally.withQuartersAndYear();
    }

    private void statusAndFunnel(Tally tally) {
        List<StatusChange> timeline = timeline();
        for (StatusChange change : timeline) {
            Figures month = main(tally, change.at());
            if (change.from() != null) {
                month.add(Measures.status(change.from()), -1);
            }
            month.add(Measures.status(change.to()), 1);
            if (change.to() == ContractStatus.COMPLETED) {
                month.add(Measures.COMPLETED, 1);
            } else if (change.to() == ContractStatus.FAILED) {
                month.add(Measures.FAILED, 1);
            } else if (change.to() == ContractStatus.CANCELLED && change.from() == ContractStatus.ACTIVE) {
                month.add(Measures.CANCELLED_ACTIVE, 1);
            }
        }
        Optional<Instant> proposed = first(StepKind.PROPOSED, StepKind.AMENDED, StepKind.SIGNED);
        Optional<Instant> firstProposal = first(StepKind.PROPOSED);
        Optional<Instant> signed = first(StepKind.SIGNED);
        proposed.ifPresent(at -> main(tally, at).add(Measures.FUNNEL_PROPOSED, 1));
        signed.ifPresent(at -> main(tally, at).add(Measures.FUNNEL_SIGNED, 1));
        first(StepKind.ACTIVATED).ifPresent(at -> main(tally, at).add(Measures.FUNNEL_ACTIVE, 1));
        timeline.stream().filter(c -> c.to() == ContractStatus.COMPLETED).findFirst()
                .ifPresent(c -> main(tally, c.at()).add(Measures.FUNNEL_COMPLETED, 1));
        if (signed.isPresent() && firstProposal.isPresent()) {
            long millis = Math.max(0, Duration.between(firstProposal.get(), signed.get()));
            main(tally, signed.get()).addToHistogram(Measures.SIGNATURE_TENTHS_OF_DAYS, Duration.tenthsOfDays(millis), 1);
        }
    }

    private void milestonesAndCheckIns(Tally tally) {
        for (MilestoneMiss miss : milestonesMissed) {
            tally.at(RollupKey.main(businessUnit, fiscalYear, FiscalPeriod.monthIn(fiscalYear, miss.dueDate())))
                    .add(Measures.MILESTONES_MISSED, 1);
        }
        for (MilestoneDone done : milestonesCompleted) {
            boolean reportedMissed = milestonesMissed.stream().anyMatch(m -> m.milestoneId().equals(done.milestoneId()));
            if (reportedMissed) {
                continue; // counted as missed when it was reported
            }
            LocalDate due = dueDateOf(done.milestoneId());
            boolean late = due != null && dayOf(done.completedAt()).isAfter(due);
            main(tally, done.completedAt()).add(late ? Measures.MILESTONES_LATE : Measures.MILESTONES_ON_TIME, 1);
        }
        checkIns.forEach(c -> main(tally, c.recordedAt()).add(Measures.CHECK_INS_RECORDED, 1));
        checkInsMissed.forEach(due -> tally.at(RollupKey.main(businessUnit, fiscalYear, FiscalPeriod.monthIn(fiscalYear, due)))
                .add(Measures.CHECK_INS_MISSED, 1));
    }

    /**
     * Providers and activity types: the contract counts once per provider and per type of its signed activities,
     * with their planned cost, in the month of its latest signature; each expense goes to the activity whose
     * provider is the supplier (else to the supplier, and to the contract's one activity type or OTHER).
     */
    private void providersAndActivities(Tally tally) {
        if (terms != null && !terms.activities().isEmpty()) {
            Instant signedAt = last(StepKind.SIGNED).orElseThrow();
            int month = FiscalPeriod.monthIn(fiscalYear, signedAt);
            TreeSet<String> providers = new TreeSet<>();
            TreeSet<String> types = new TreeSet<>();
            for (PlannedActivity activity : terms.activities()) {
                String provider = providerName(activity.provider());
                String type = typeOf(activity);
                Figures ofProvider = tally.at(RollupKey.provider(businessUnit, fiscalYear, month, provider));
                Figures ofType = tally.at(RollupKey.activity(businessUnit, fiscalYear, month, type));
                if (activity.plannedCost() != null) {
                    ofProvider.addMoney(activity.plannedCost().currency(), Measures.PLANNED, activity.plannedCost().amountMinor());
                    ofType.addMoney(activity.plannedCost().currency(), Measures.PLANNED, activity.plannedCost().amountMinor());
                }
                if (providers.add(provider)) {
                    ofProvider.add(Measures.CONTRACTS, 1);
                }
                if (types.add(provider + RollupKey.SEPARATOR + type)) {
                    ofProvider.add(Measures.activityType(type), 1);
                }
                if (types.add(type)) {
                    ofType.add(Measures.CONTRACTS, 1);
                }
            }
        }
        for (Spend spend : spends) {
            int month = FiscalPeriod.monthIn(fiscalYear, spend.at());
            Optional<PlannedActivity> activity = activityOf(spend.supplier());
            String provider = activity.map(a -> providerName(a.provider())).orElse(providerName(spend.supplier()));
            String type = activity.map(ContractFacts::typeOf).orElse(soleActivityType());
            tally.at(RollupKey.provider(businessUnit, fiscalYear, month, provider)).addMoney(spend.currency(), Measures.SPENT, spend.amountMinor());
            tally.at(RollupKey.activity(businessUnit, fiscalYear, month, type)).addMoney(spend.currency(), Measures.SPENT, spend.amountMinor());
        }
    }

    /** Each expense is shared equally by the competencies of the contract's objectives (the remainder to the first). */
    private void competencyCost(Tally tally) {
        if (terms == null) {
            return;
        }
        List<String> competencies = terms.objectives().stream().map(PlannedObjective::competencyId)
                .filter(Objects::nonNull).distinct().sorted().toList();
        if (competencies.isEmpty()) {
            return;
        }
        for (Spend spend : spends) {
            long share = spend.amountMinor() / competencies.size();
            long remainder = spend.amountMinor() - share * competencies.size();
            int month = FiscalPeriod.monthIn(fiscalYear, spend.at());
            for (int i = 0; i < competencies.size(); i++) {
                long amount = i == 0 ? share + remainder : share;
                for (String period : FiscalPeriod.periodsOf(month)) {
                    tally.at(RollupKey.competency(businessUnit, fiscalYear, period, competencies.get(i)))
                            .addMoney(spend.currency(), Measures.COST, amount);
                }
            }
        }
    }

    private Figures main(Tally tally, Instant at) {
        return tally.at(RollupKey.main(businessUnit, fiscalYear, FiscalPeriod.monthIn(fiscalYear, at)));
    }

    private Optional<Instant> first(StepKind... kinds) {
        List<StepKind> wanted = List.of(kinds);
        return lifecycle.stream().filter(s -> wanted.contains(s.kind())).map(Step::at).findFirst();
    }

    private Optional<Instant> last(StepKind kind) {
        return lifecycle.stream().filter(s -> s.kind() == kind).map(Step::at).reduce((a, b) -> b);
    }

    private LocalDate dueDateOf(String milestoneId) {
        if (terms == null) {
            return null;
        }
        return terms.milestones().stream().filter(m -> Objects.equals(m.milestoneId(), milestoneId)).map(PlannedMilestone::dueDate)
                .findFirst().orElse(null);
    }

    private Optional<PlannedActivity> activityOf(String supplier) {
        if (terms == null || supplier == null) {
            return Optional.empty();
        }
        return terms.activities().stream().filter(a -> a.provider() != null && a.provider().trim().equalsIgnoreCase(supplier.trim()))
                .findFirst();
    }

    private String soleActivityType() {
        if (terms == null) {
            return OTHER_TYPE;
        }
        List<String> types = terms.activities().stream().map(ContractFacts::typeOf).distinct().toList();
        return types.size() == 1 ? types.getFirst() : OTHER_TYPE;
    }

    private static String typeOf(PlannedActivity activity) {
        return activity.type() != null && activity.type().matches(ACTIVITY_TYPE) ? activity.type() : OTHER_TYPE;
    }

    private static String providerName(String provider) {
        return provider == null || provider.isBlank() ? "(none)" : provider.trim();
    }

    private static LocalDate dayOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Whole tenths of a day, half up. */
    static final class Duration {
        private static final long TENTH_OF_DAY_MILLIS = 8_640_000L;

        private Duration() {
        }

        static long between(Instant from, Instant to) {
            return ChronoUnit.MILLIS.between(from, to);
        }

        static long tenthsOfDays(long millis) {
            return (millis + TENTH_OF_DAY_MILLIS / 2) / TENTH_OF_DAY_MILLIS;
        }
    }

    /** A mutable copy for one change. */
    private static final class Builder {
        final String contractId;
        String employeeId;
        String managerId;
        String businessUnit;
        int fiscalYear;
        String title;
        String templateId;
        Money plannedCost;
        int plannedRevision;
        Terms terms;
        final List<Step> lifecycle;
        long held;
        int heldRevision;
        String heldCurrency;
        final List<Spend> spends;
        final List<MilestoneDone> milestonesCompleted;
        final List<MilestoneMiss> milestonesMissed;
        final List<CheckInDone> checkIns;
        final List<LocalDate> checkInsMissed;

        Builder(ContractFacts f) {
            contractId = f.contractId;
            employeeId = f.employeeId;
            managerId = f.managerId;
            businessUnit = f.businessUnit;
            fiscalYear = f.fiscalYear;
            title = f.title;
            templateId = f.templateId;
            plannedCost = f.plannedCost;
            plannedRevision = f.lifecycle.stream().filter(s -> s.kind().ordinal() <= StepKind.SIGNED.ordinal())
                    .mapToInt(Step::revision).max().orElse(0);
            terms = f.terms;
            lifecycle = new ArrayList<>(f.lifecycle);
            held = f.held;
            heldRevision = f.heldRevision;
            heldCurrency = f.heldCurrency;
            spends = new ArrayList<>(f.spends);
            milestonesCompleted = new ArrayList<>(f.milestonesCompleted);
            milestonesMissed = new ArrayList<>(f.milestonesMissed);
            checkIns = new ArrayList<>(f.checkIns);
            checkInsMissed = new ArrayList<>(f.checkInsMissed);
        }

        void identify(String employee, String manager, String unit, int year) {
            employeeId = employeeId == null ? employee : employeeId;
            managerId = manager != null ? manager : managerId;
            businessUnit = businessUnit == null ? unit : businessUnit;
            fiscalYear = fiscalYear == 0 ? year : fiscalYear;
        }

        void plannedCost(int revision, Money cost) {
            if (cost != null && revision >= plannedRevision) {
                plannedCost = cost;
            }
        }

        void step(StepKind kind, int revision, Instant at) {
            Step step = new Step(kind, revision, at);
            if (!lifecycle.contains(step)) {
                lifecycle.add(step);
                lifecycle.sort(Comparator.comparing(Step::at).thenComparing(Step::kind).thenComparingInt(Step::revision));
            }
        }

        ContractFacts build() {
            milestonesCompleted.sort(Comparator.comparing(MilestoneDone::milestoneId));
            milestonesMissed.sort(Comparator.comparing(MilestoneMiss::milestoneId));
            checkIns.sort(Comparator.comparing(CheckInDone::recordedAt).thenComparing(CheckInDone::checkInId));
            checkInsMissed.sort(Comparator.naturalOrder());
            return new ContractFacts(contractId, employeeId, managerId, businessUnit, fiscalYear, title, templateId,
                    plannedCost, terms, lifecycle, held, heldRevision, heldCurrency, spends, milestonesCompleted,
                    milestonesMissed, checkIns, checkInsMissed);
        }
    }
}
