package io.pactum.contract.domain;

import io.pactum.events.Money;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.ObjectiveResult;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A learning contract between an employee and their manager. Both parties sign the same revision; any
 * change after the draft is an amendment that makes a new revision, keeps the old one and starts with no
 * signatures. Each method returns the events its change causes, to be stored in the same write as the
 * new state.
 */
public final class LearningContract {

    private static final Set<ContractStatus> AMENDABLE =
            EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED, ContractStatus.FUNDING_DECLINED);
    private static final Set<ContractStatus> SIGNABLE = EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED);
    /** Every status before the end: budget-service releases what a cancelled contract holds (or would have held). */
    private static final Set<ContractStatus> CANCELLABLE = EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED,
            ContractStatus.SIGNED, ContractStatus.FUNDING_PENDING_APPROVAL, ContractStatus.FUNDING_DECLINED,
            ContractStatus.ACTIVE);
    /** The actor named in the audit trail for what budget-service's answers changed. */
    public static final String BUDGET_SERVICE = "budget-service";
    /** The actor named in the audit trail for deadlines the scheduler found missed. */
    public static final String DEADLINE_SCAN = "deadline-scan";

    private final String id;
    private final String employeeId;
    private final String managerId;
    private final String businessUnit;
    private final int fiscalYear;
    /** The template the draft was started from, or null. */
    private final String templateId;
    private ContractStatus status;
    private final List<Revision> revisions;
    private FundingDecision fundingDecision;
    private Cancellation cancellation;
    private Instant activatedAt;
    private final List<MilestoneCompletion> completions;
    private final List<String> missedMilestones;
    private final List<CheckIn> checkIns;
    private final List<LocalDate> missedCheckIns;
    private AssessmentOutcome assessment;
    private final List<AuditEntry> audit;

    private LearningContract(String id, String employeeId, String managerId, String businessUnit, int fiscalYear,
                             String templateId, ContractStatus status, List<Revision> revisions, FundingDecision fundingDecision,
                             Cancellation cancellation, Progress progress) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one revision");
        }
        this.id = id;
        this.employeeId = employeeId;
        this.managerId = managerId;
        this.businessUnit = businessUnit;
        this.fiscalYear = fiscalYear;
        this.templateId = templateId;
        this.status = status;
        this.revisions = new ArrayList<>(revisions);
        this.fundingDecision = fundingDecision;
        this.cancellation = cancellation;
        this.activatedAt = progress.activatedAt();
        this.completions = new ArrayList<>(progress.completions());
        this.missedMilestones = new ArrayList<>(progress.missedMilestones());
        this.checkIns = new ArrayList<>(progress.checkIns());
        this.missedCheckIns = new ArrayList<>(progress.missedCheckIns());
        this.assessment = progress.assessment();
        this.audit = new ArrayList<>(progress.audit());
    }

    /**
     * What happened since the contract became active, and the audit trail of every change: rebuilt as
     * stored; null lists (a document written before they existed) are empty.
     */
    public record Progress(Instant activatedAt, List<MilestoneCompletion> completions, List<String> missedMilestones,
                           List<CheckIn> checkIns, List<LocalDate> missedCheckIns, AssessmentOutcome assessment,
                           List<AuditEntry> audit) {

        public Progress {
            completions = completions == null ? List.of() : List.copyOf(completions);
            missedMilestones = missedMilestones == null ? List.of() : List.copyOf(missedMilestones);
            checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
            missedCheckIns = missedCheckIns == null ? List.of() : List.copyOf(missedCheckIns);
            audit = audit == null ? List.of() : List.copyOf(audit);
        }

        static Progress none() {
            return new Progress(null, null, null, null, null, null, null);
        }
    }

    /** A new draft, revision 1, between the employee and the manager the directory names. */
    public static LearningContract draft(String id, String employeeId, String managerId, String businessUnit,
                                         int fiscalYear, ContractTerms terms, String createdBy, Instant now) {
        return draft(id, employeeId, managerId, businessUnit, fiscalYear, terms, null, createdBy, now);
    }

    /** A new draft started from a contract template, which the contract remembers (analytics counts programs by it). */
    public static LearningContract draft(String id, String employeeId, String managerId, String businessUnit,
                                         int fiscalYear, ContractTerms terms, String templateId, String createdBy,
                                         Instant now) {
        requireValid(terms);
        LearningContract contract = new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear,
                templateId, ContractStatus.DRAFT, List.of(new Revision(1, terms, createdBy, now, List.of(), List.of())), null, null,
                Progress.none());
        contract.audit(now, createdBy, AuditEntry.Action.DRAFTED, terms.title());
        return contract;
    }

    /** Rebuilds a stored contract. */
    public static LearningContract restore(String id, String employeeId, String managerId, String businessUnit,
                                           int fiscalYear, String templateId, ContractStatus status,
                                           List<Revision> revisions, FundingDecision fundingDecision,
                                           Cancellation cancellation, Progress progress) {
        return new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear, templateId, status, revisions,
                fundingDecision, cancellation, progress);
    }

    /** The template the contract was started from; empty for one drafted from scratch. */
    public Optional<String> templateId() {
        return Optional.ofNullable(templateId);
    }

    public boolean isParty(String who) {
        return employeeId.equals(who) || managerId.equals(who);
    }

    /** Puts the draft in front of both parties for signature. */
    public List<ContractEvent> propose(String by, Instant now) {
        requireParty(by);
        if (status != ContractStatus.DRAFT) {
            throw new ContractRuleException("only a draft can be proposed; this contract is " + status);
        }
        status = ContractStatus.PROPOSED;
        audit(now, by, AuditEntry.Action.PROPOSED, null);
        return List.of(new ContractProposed(id, employeeId, managerId, revision(), by, businessUnit, fiscalYear,
                terms().totalPlannedCost()));
    }

    /**
     * New terms as a new revision; the old revision is kept, the new one has no signatures yet. A proposed
     * or declined contract is PROPOSED again. Amending a draft or a proposal to the same terms changes
     * nothing (a repeated PUT is harmless); a declined contract may be resubmitted unchanged, e.g. after
     * its budget was raised.
     */
    public List<ContractEvent> amend(ContractTerms newTerms, String by, Instant now) {
        requireParty(by);
        if (!AMENDABLE.contains(status)) {
            throw new ContractRuleException("a contract that is " + status + " cannot be amended");
        }
        requireValid(newTerms);
        List<String> changed = newTerms.changedFrom(terms());
        if (changed.isEmpty() && status != ContractStatus.FUNDING_DECLINED) {
            return List.of();
        }
        revisions.add(new Revision(revision() + 1, newTerms, by, now, changed, List.of()));
        audit(now, by, AuditEntry.Action.AMENDED, changed.isEmpty() ? "resubmitted unchanged" : String.join(", ", changed));
        if (status == ContractStatus.DRAFT) {
            return List.of(); // nobody has seen it yet: no one to tell
        }
        status = ContractStatus.PROPOSED;
        return List.of(new ContractAmended(id, employeeId, revision(), by, changed, businessUnit, fiscalYear,
                terms().totalPlannedCost()));
    }

    /**
     * A party signs the named revision. Signing a draft proposes it first. When both parties have signed
     * the same revision the contract is SIGNED and {@link ContractSigned} asks budget-service to reserve the
     * cost. Signing a revision one has already signed changes nothing, whatever happened since.
     */
    public List<ContractEvent> sign(String by, int signedRevision, Instant now) {
        requireParty(by);
        if (signedRevision != revision()) {
            throw new ContractRuleException("revision " + signedRevision + " is not the current revision "
                    + revision() + "; read the contract again and sign what is current");
        }
        if (current().signatureOf(by).isPresent()) {
            return List.of();
        }
        if (!SIGNABLE.contains(status)) {
            throw new ContractRuleException("a contract that is " + status + " cannot be signed");
        }
        List<ContractEvent> events = new ArrayList<>();
        if (status == ContractStatus.DRAFT) {
            events.addAll(propose(by, now));
        }
        revisions.set(revisions.size() - 1, current().signedBy(new Signature(by, signedRevision, now)));
        audit(now, by, AuditEntry.Action.SIGNED, null);
        if (current().signatureOf(employeeId).isPresent() && current().signatureOf(managerId).isPresent()) {
            status = ContractStatus.SIGNED;
            events.add(signedEvent(now));
        }
        return events;
    }

    /** ContractSigned with the signed terms, for the readers that keep their own view of them. */
    private ContractSigned signedEvent(Instant now) {
        ContractTerms terms = terms();
        return new ContractSigned(id, employeeId, managerId, revision(), terms.totalPlannedCost(), fiscalYear,
                businessUnit, now, terms.title(), templateId,
                terms.objectives().stream().map(ContractTerms.Objective::planned).toList(),
                terms.activities().stream().map(a -> new PlannedActivity(a.type().name(), a.title(), a.provider(),
                        a.plannedCost(), a.start(), a.end())).toList(),
                terms.milestones().stream().map(m -> new PlannedMilestone(m.id(), m.title(), m.dueDate())).toList(),
                terms.checkInEveryDays() > 0 ? terms.checkInEveryDays() : null);
    }

    /**
     * A party calls the contract off, with a reason, at any point before it ends; ContractCancelled lets
     * budget-service release what it holds. Cancelling twice changes nothing.
     */
    public List<ContractEvent> cancel(String by, String reason, Instant now) {
        requireParty(by);
        if (status == ContractStatus.CANCELLED) {
            return List.of();
        }
        if (!CANCELLABLE.contains(status)) {
            throw new ContractRuleException("a contract that is " + status + " has ended and cannot be cancelled");
        }
        status = ContractStatus.CANCELLED;
        cancellation = new Cancellation(reason, by, now);
        audit(now, by, AuditEntry.Action.CANCELLED, reason);
        return List.of(new ContractCancelled(id, employeeId, reason, by, businessUnit, fiscalYear, now));
    }

    /** budget-service reserved the cost of a revision; only the current signed revision activates. */
    public List<ContractEvent> fundingReserved(int reservedRevision, Money amount, Money available, Instant now) {
        if (!awaitsFundingOf(reservedRevision)) {
            return List.of();
        }
        status = ContractStatus.ACTIVE;
        activatedAt = now;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.RESERVED, reservedRevision, null, null,
                available, amount, null, null);
        audit(now, BUDGET_SERVICE, AuditEntry.Action.FUNDING_RESERVED, null);
        return List.of(new ContractActivated(id, employeeId, reservedRevision, businessUnit, fiscalYear, now));
    }

    /** budget-service refused; the parties may amend and sign again. */
    public List<ContractEvent> fundingDeclined(int declinedRevision, String reason, String message,
                                               Money available, Money requested, Instant now) {
        if (!awaitsFundingOf(declinedRevision)) {
            return List.of();
        }
        status = ContractStatus.FUNDING_DECLINED;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.DECLINED, declinedRevision, reason, message,
                available, requested, null, null);
        audit(now, BUDGET_SERVICE, AuditEntry.Action.FUNDING_DECLINED, reason);
        return List.of(new ContractFundingDeclined(id, employeeId, declinedRevision, businessUnit, fiscalYear,
                reason, message));
    }

    /**
     * The cost is above the approval threshold: an L&D admin decides, and budget-service then answers
     * reserved or declined. The catalogue has no contract event for this step.
     */
    public List<ContractEvent> fundingPendingApproval(int pendingRevision, String approvalId, Money requested,
                                                      Money threshold, Instant now) {
        if (!(status == ContractStatus.SIGNED && pendingRevision == revision())) {
            return List.of();
        }
        status = ContractStatus.FUNDING_PENDING_APPROVAL;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.PENDING_APPROVAL, pendingRevision, null, null,
                null, requested, threshold, approvalId);
        audit(now, BUDGET_SERVICE, AuditEntry.Action.FUNDING_PENDING_APPROVAL, approvalId);
        return List.of();
    }

    /**
     * A party marks a milestone of the current revision done, with evidence. Only an ACTIVE contract
     * makes progress. Completing it again with the same evidence changes nothing; a late milestone (one
     * already reported missed) may still be completed.
     */
    public List<ContractEvent> completeMilestone(String by, String milestoneId, String evidence, String link, Instant now) {
        requireParty(by);
        ContractTerms.Milestone milestone = terms().milestone(milestoneId).orElseThrow(() ->
                new UnknownMilestoneException("revision " + revision() + " has no milestone " + milestoneId));
        Optional<MilestoneCompletion> done = completion(milestoneId);
        if (done.isPresent()) {
            if (done.get().evidence().equals(evidence) && Objects.equals(done.get().link(), link)) {
                return List.of();
            }
            throw new ContractRuleException("milestone " + milestoneId + " was already completed by "
                    + done.get().completedBy() + " at " + done.get().completedAt());
        }
        requireActive("complete a milestone");
        completions.add(new MilestoneCompletion(milestoneId, evidence, link, by, now, revision()));
        audit(now, by, AuditEntry.Action.MILESTONE_COMPLETED, milestoneId + " " + milestone.title());
        return List.of(new MilestoneCompleted(id, employeeId, milestoneId, milestone.title(), now,
                link == null ? evidence : evidence + " (" + link + ")", businessUnit, fiscalYear));
    }

    /**
     * A party records a check-in on an ACTIVE contract: today's date, progress 1–5, notes, agreed actions.
     * The same check-in by the same party on the same day again (a retried request) changes nothing.
     */
    public List<ContractEvent> recordCheckIn(String by, int progress, String notes, List<String> agreedActions,
                                             Instant now) {
        requireParty(by);
        List<String> actions = agreedActions == null ? List.of() : List.copyOf(agreedActions);
        boolean repeated = checkIns.stream().anyMatch(c -> c.recordedBy().equals(by) && c.date().equals(today(now))
                && c.progress() == progress && Objects.equals(c.notes(), notes) && c.agreedActions().equals(actions));
        if (repeated) {
            return List.of();
        }
        requireActive("record a check-in");
        if (progress < 1 || progress > 5) {
            throw new FieldViolation("The check-in breaks its rules.", "progress", "must be between 1 and 5");
        }
        CheckIn checkIn = new CheckIn("ci" + (checkIns.size() + 1), today(now), by, now, progress, notes, agreedActions);
        checkIns.add(checkIn);
        audit(now, by, AuditEntry.Action.CHECK_IN_RECORDED, checkIn.id() + " progress " + progress);
        return List.of(new CheckInRecorded(id, employeeId, checkIn.id(), progress, by, now, businessUnit, fiscalYear));
    }

    /**
     * The deadlines of an ACTIVE contract that passed before today (UTC) and were not yet reported:
     * each milestone past its due date and not completed, and each check-in due date of the cadence
     * (every {@code checkInEveryDays} from the later of activation and the contract's start, up to its end)
     * with no check-in in the period ending on it. Each is reported once, by marking it in this state;
     * however long the scheduler was down, the next scan catches up on all of them.
     */
    public List<ContractEvent> reportMissedDeadlines(Instant now) {
        if (status != ContractStatus.ACTIVE) {
            return List.of();
        }
        LocalDate today = today(now);
        List<ContractEvent> events = new ArrayList<>();
        for (ContractTerms.Milestone m : terms().milestones()) {
            if (m.dueDate().isBefore(today) && completion(m.id()).isEmpty() && !missedMilestones.contains(m.id())) {
                missedMilestones.add(m.id());
                audit(now, DEADLINE_SCAN, AuditEntry.Action.MILESTONE_MISSED, m.id() + " due " + m.dueDate());
                events.add(new MilestoneMissed(id, employeeId, managerId, m.id(), m.title(), m.dueDate(), businessUnit,
                        fiscalYear));
            }
        }
        for (LocalDate due : checkInDueDates()) {
            if (!due.isBefore(today)) {
                break;
            }
            if (!missedCheckIns.contains(due) && !checkedInDuringPeriodEnding(due)) {
                missedCheckIns.add(due);
                audit(now, DEADLINE_SCAN, AuditEntry.Action.CHECK_IN_MISSED, "due " + due);
                events.add(new CheckInMissed(id, employeeId, managerId, due, businessUnit, fiscalYear));
            }
        }
        return events;
    }

    /**
     * The manager (or L&D) records the assessment of an ACTIVE contract. ACHIEVED completes it with the
     * level reached in each objective's competency (every objective needs one); NOT_ACHIEVED fails it.
     * Who may assess is the application's rule; the contract checks the results against its objectives.
     */
    public List<ContractEvent> assess(String by, AssessmentOutcome.Result result, List<ObjectiveResult> results,
                                      String notes, Instant now) {
        requireActive("record the assessment");
        List<ContractTerms.TermsViolation> violations = new ArrayList<>();
        Set<String> competencies = new HashSet<>();
        terms().objectives().forEach(o -> competencies.add(o.competencyId()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ObjectiveResult r = results.get(i);
            if (!competencies.contains(r.competencyId())) {
                violations.add(new ContractTerms.TermsViolation("objectiveResults[" + i + "].competencyId",
                        "is not the competency of any objective of this contract"));
            } else if (!seen.add(r.competencyId())) {
                violations.add(new ContractTerms.TermsViolation("objectiveResults[" + i + "].competencyId",
                        "has a result already"));
            }
            if (r.achievedLevel() < 1 || r.achievedLevel() > 5) {
                violations.add(new ContractTerms.TermsViolation("objectiveResults[" + i + "].achievedLevel",
                        "must be between 1 and 5"));
            }
        }
        if (result == AssessmentOutcome.Result.ACHIEVED) {
            competencies.stream().filter(c -> !seen.contains(c)).sorted().forEach(c -> violations.add(
                    new ContractTerms.TermsViolation("objectiveResults", "needs the level achieved in " + c)));
        }
        if (!violations.isEmpty()) {
            throw new FieldViolation("The assessment breaks the contract's rules.", violations);
        }
        assessment = new AssessmentOutcome(result, results, notes, by, now);
        audit(now, by, AuditEntry.Action.ASSESSED, result.name());
        if (result == AssessmentOutcome.Result.ACHIEVED) {
            status = ContractStatus.COMPLETED;
            return List.of(new ContractCompleted(id, employeeId, revision(), results, businessUnit, fiscalYear, now));
        }
        status = ContractStatus.FAILED;
        return List.of(new ContractFailed(id, employeeId, revision(), businessUnit, fiscalYear, now));
    }

    /**
     * At risk: ACTIVE with a missed milestone still not completed, or a missed check-in with no check-in
     * since.
     */
    public boolean atRisk() {
        if (status != ContractStatus.ACTIVE) {
            return false;
        }
        boolean milestoneOverdue = missedMilestones.stream().anyMatch(m -> completion(m).isEmpty());
        Optional<LocalDate> lastMissedCheckIn = missedCheckIns.stream().max(Comparator.naturalOrder());
        boolean checkInOverdue = lastMissedCheckIn.isPresent()
                && checkIns.stream().noneMatch(c -> c.date().isAfter(lastMissedCheckIn.get()));
        return milestoneOverdue || checkInOverdue;
    }

    /** The earliest due date of a milestone not yet completed nor reported missed; empty when none is open. */
    public Optional<LocalDate> nextMilestoneDue() {
        return terms().milestones().stream()
                .filter(m -> completion(m.id()).isEmpty() && !missedMilestones.contains(m.id()))
                .map(ContractTerms.Milestone::dueDate).min(Comparator.naturalOrder());
    }

    /**
     * The earliest deadline of an ACTIVE contract not yet reported nor met: an open milestone's due date or
     * a check-in due date with no check-in in its period. The scan need not look at the contract before the
     * day after it. Empty when nothing is left to miss (or the contract is not active).
     */
    public Optional<LocalDate> nextDeadline() {
        if (status != ContractStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<LocalDate> checkIn = checkInDueDates().stream()
                .filter(d -> !missedCheckIns.contains(d) && !checkedInDuringPeriodEnding(d)).findFirst();
        return Stream.of(nextMilestoneDue(), checkIn).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** The cadence's due dates, oldest first. */
    List<LocalDate> checkInDueDates() {
        LocalDate from = terms().start();
        if (activatedAt != null && today(activatedAt).isAfter(from)) {
            from = today(activatedAt);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate due = from.plusDays(terms().checkInEveryDays()); !due.isAfter(terms().end());
             due = due.plusDays(terms().checkInEveryDays())) {
            dates.add(due);
        }
        return dates;
    }

    private boolean checkedInDuringPeriodEnding(LocalDate due) {
        LocalDate periodStart = due.minusDays(terms().checkInEveryDays());
        return checkIns.stream().anyMatch(c -> c.date().isAfter(periodStart) && !c.date().isAfter(due));
    }

    private Optional<MilestoneCompletion> completion(String milestoneId) {
        return completions.stream().filter(c -> c.milestoneId().equals(milestoneId)).findFirst();
    }

    private void requireActive(String what) {
        if (status != ContractStatus.ACTIVE) {
            throw new ContractRuleException("only an ACTIVE contract can " + what + "; this contract is " + status);
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private void audit(Instant at, String actor, AuditEntry.Action action, String detail) {
        audit.add(new AuditEntry(at, actor, action, revision(), detail));
    }

    private boolean awaitsFundingOf(int fundedRevision) {
        return fundedRevision == revision()
                && (status == ContractStatus.SIGNED || status == ContractStatus.FUNDING_PENDING_APPROVAL);
    }

    private void requireParty(String who) {
        if (!isParty(who)) {
            throw new NotAPartyException(who + " is neither the employee nor the manager of this contract");
        }
    }

    private static void requireValid(ContractTerms terms) {
        List<ContractTerms.TermsViolation> violations = terms.violations();
        if (!violations.isEmpty()) {
            throw new InvalidTermsException(violations);
        }
    }

    private Revision current() {
        return revisions.getLast();
    }

    public String id() { return id; }
    public String employeeId() { return employeeId; }
    public String managerId() { return managerId; }
    public String businessUnit() { return businessUnit; }
    public int fiscalYear() { return fiscalYear; }
    public ContractStatus status() { return status; }
    /** The current revision's number; revision 1 is the first draft. */
    public int revision() { return current().number(); }
    /** The current revision's terms. */
    public ContractTerms terms() { return current().terms(); }
    /** The current revision's signatures. */
    public List<Signature> signatures() { return current().signatures(); }
    /** Every revision, oldest first; the last is the current one. */
    public List<Revision> revisions() { return List.copyOf(revisions); }
    public Instant createdAt() { return revisions.getFirst().createdAt(); }
    public FundingDecision fundingDecision() { return fundingDecision; }
    public Cancellation cancellation() { return cancellation; }
    public Instant activatedAt() { return activatedAt; }
    public List<MilestoneCompletion> completions() { return List.copyOf(completions); }
    /** The ids of milestones reported missed (each once). */
    public List<String> missedMilestones() { return List.copyOf(missedMilestones); }
    public List<CheckIn> checkIns() { return List.copyOf(checkIns); }
    /** The check-in due dates reported missed (each once). */
    public List<LocalDate> missedCheckIns() { return List.copyOf(missedCheckIns); }
    public AssessmentOutcome assessment() { return assessment; }
    /** Every change, oldest first. */
    public List<AuditEntry> audit() { return List.copyOf(audit); }
    public Progress progress() {
        return new Progress(activatedAt, completions, missedMilestones, checkIns, missedCheckIns, assessment, audit);
    }
}
