package io.pactum.contract.web;

import io.pactum.chassis.web.ApiMoney;
import io.pactum.contract.domain.AssessmentOutcome;
import io.pactum.contract.domain.Cancellation;
import io.pactum.contract.domain.CheckIn;
import io.pactum.contract.domain.MilestoneCompletion;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.FundingDecision;
import io.pactum.contract.domain.LearningContract;
import io.pactum.contract.domain.Revision;
import io.pactum.contract.domain.Signature;
import io.pactum.events.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API shows it: the current revision's terms and signatures; money as decimal strings. */
record ContractView(
        String id, String employeeId, String managerId, String businessUnit, int fiscalYear, ContractStatus status,
        int revision, String title, String purpose, List<ContractTerms.Objective> objectives,
        List<ActivityView> activities, List<ContractTerms.Milestone> milestones, ContractTerms.Assessment assessment,
        int checkInEveryDays, List<String> resources, ContractTerms.RepaymentClause repaymentClause,
        ApiMoney totalPlannedCost, List<Signature> signatures, FundingView fundingDecision,
        Cancellation cancellation, Instant createdAt, ProgressView progress) {

    /**
     * What happened since activation: milestones completed (with evidence) and reported missed, check-ins
     * and the check-in due dates reported missed, the assessment, and the two derived flags the lists filter by.
     */
    record ProgressView(Instant activatedAt, List<MilestoneCompletion> completedMilestones, List<String> missedMilestones,
                        List<CheckIn> checkIns, List<LocalDate> missedCheckIns, AssessmentOutcome assessment,
                        boolean atRisk, LocalDate nextMilestoneDue) {

        static ProgressView of(LearningContract c) {
            return new ProgressView(c.activatedAt(), c.completions(), c.missedMilestones(), c.checkIns(),
                    c.missedCheckIns(), c.assessment(), c.atRisk(), c.nextMilestoneDue().orElse(null));
        }
    }

    record ActivityView(ContractTerms.ActivityType type, String title, String provider, ApiMoney plannedCost,
                        LocalDate start, LocalDate end) {

        static List<ActivityView> of(ContractTerms terms) {
            return terms.activities().stream().map(a -> new ActivityView(a.type(), a.title(), a.provider(),
                    ApiMoney.of(a.plannedCost()), a.start(), a.end())).toList();
        }
    }

    /** budget-service's answer; {@code revision} says which revision it answered. */
    record FundingView(FundingDecision.Outcome outcome, int revision, String reason, String message,
                       ApiMoney available, ApiMoney requested, ApiMoney threshold, String approvalId) {

        static FundingView of(FundingDecision f) {
            return f == null ? null : new FundingView(f.outcome(), f.revision(), f.reason(), f.message(),
                    money(f.available()), money(f.requested()), money(f.threshold()), f.approvalId());
        }
    }

    /** One revision as it was agreed or proposed, with whoever signed it. */
    record RevisionView(int revision, String createdBy, Instant createdAt, List<String> changedFields, String title,
                        String purpose, List<ContractTerms.Objective> objectives, List<ActivityView> activities,
                        List<ContractTerms.Milestone> milestones, ContractTerms.Assessment assessment,
                        int checkInEveryDays, List<String> resources, ContractTerms.RepaymentClause repaymentClause,
                        ApiMoney totalPlannedCost, List<Signature> signatures) {

        static RevisionView of(Revision r) {
            ContractTerms t = r.terms();
            return new RevisionView(r.number(), r.createdBy(), r.createdAt(), r.changedFields(), t.title(),
                    t.purpose(), t.objectives(), ActivityView.of(t), t.milestones(), t.assessment(),
                    t.checkInEveryDays(), t.resources(), t.repaymentClause(), ApiMoney.of(t.totalPlannedCost()),
                    r.signatures());
        }
    }

    static ContractView of(LearningContract c) {
        ContractTerms t = c.terms();
        return new ContractView(c.id(), c.employeeId(), c.managerId(), c.businessUnit(), c.fiscalYear(), c.status(),
                c.revision(), t.title(), t.purpose(), t.objectives(), ActivityView.of(t), t.milestones(),
                t.assessment(), t.checkInEveryDays(), t.resources(), t.repaymentClause(), ApiMoney.of(t.totalPlannedCost()),
                c.signatures(),
                FundingView.of(c.fundingDecision()), c.cancellation(), c.createdAt(), ProgressView.of(c));
    }

    private static ApiMoney money(Money money) {
        return money == null ? null : ApiMoney.of(money);
    }
}
