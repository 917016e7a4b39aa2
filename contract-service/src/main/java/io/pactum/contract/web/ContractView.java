package io.pactum.contract.web;

import io.pactum.chassis.web.ApiMoney;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.FundingDecision;
import io.pactum.contract.domain.LearningContract;
import io.pactum.contract.domain.Revision;
import io.pactum.contract.domain.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A contract as the API shows it; money as decimal strings. */
record ContractView(
        String id, String employeeId, String managerId, String businessUnit, int fiscalYear, ContractStatus status,
        int revision, String title, String purpose, List<ContractTerms.Objective> objectives, List<ActivityView> activities,
        List<ContractTerms.Milestone> milestones, ContractTerms.Assessment assessment, int checkInEveryDays,
        ApiMoney totalPlannedCost, List<Signature> signatures, FundingView fundingDecision) {

    record ActivityView(ContractTerms.ActivityType type, String title, String provider, ApiMoney plannedCost,
                        LocalDate start, LocalDate end) {
    }

    record FundingView(FundingDecision.Outcome outcome, int revision, String reason, String message,
                       ApiMoney available, ApiMoney requested) {
    }

    record RevisionView(int number, String createdBy, Instant createdAt, List<String> changedFields, String title,
                        ApiMoney totalPlannedCost) {

        static RevisionView of(Revision revision) {
            return new RevisionView(revision.number(), revision.createdBy(), revision.createdAt(), revision.changedFields(),
                    revision.terms().title(), ApiMoney.of(revision.terms().totalPlannedCost()));
        }
    }

    static ContractView of(LearningContract c) {
        ContractTerms t = c.terms();
        FundingDecision f = c.fundingDecision();
        return new ContractView(c.id(), c.employeeId(), c.managerId(), c.businessUnit(), c.fiscalYear(), c.status(),
                c.revision(), t.title(), t.purpose(), t.objectives(),
                t.activities().stream().map(a -> new ActivityView(a.type(), a.title(), a.provider(),
                        ApiMoney.of(a.plannedCost()), a.start(), a.end())).toList(),
                t.milestones(), t.assessment(), t.checkInEveryDays(), ApiMoney.of(t.totalPlannedCost()),
                c.signatures().values().stream().sorted(Comparator.comparing(Signature::signedAt)).toList(),
                f == null ? null : new FundingView(f.outcome(), f.revision(), f.reason(), f.message(),
                        f.available() == null ? null : ApiMoney.of(f.available()),
                        f.requested() == null ? null : ApiMoney.of(f.requested())));
    }
}
