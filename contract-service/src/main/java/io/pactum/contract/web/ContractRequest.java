package io.pactum.contract.web;

import io.pactum.chassis.web.ApiMoney;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.ContractTerms.ActivityType;
import io.pactum.contract.domain.ContractTerms.AssessmentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/contracts} and {@code PUT /api/contracts/{id}}. Milestones get their ids
 * ({@code m1}, {@code m2}, …) from their position; the rules between fields (end not before start, one
 * currency) are the domain's and come back naming the field too.
 */
record ContractRequest(
        @NotBlank String employeeId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String purpose,
        @Min(2000) @Max(2100) Integer fiscalYear,
        @NotEmpty List<@NotNull @Valid ObjectiveRequest> objectives,
        @NotEmpty List<@NotNull @Valid ActivityRequest> activities,
        List<@NotNull @Valid MilestoneRequest> milestones,
        @NotNull @Valid AssessmentRequest assessment,
        @NotNull @Min(1) @Max(180) Integer checkInEveryDays,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> resources,
        @Valid RepaymentRequest repaymentClause) {

    /** Optional, for expensive certifications: the share repaid when leaving within the retention months. */
    record RepaymentRequest(@NotNull @Min(1) @Max(100) Integer percentage, @NotNull @Min(1) @Max(60) Integer retentionMonths) {

        ContractTerms.RepaymentClause clause() {
            return new ContractTerms.RepaymentClause(percentage, retentionMonths);
        }
    }

    record ObjectiveRequest(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 200) String competencyId,
                            @NotNull @Min(1) @Max(5) Integer targetLevel) {
    }

    record ActivityRequest(@NotNull ActivityType type, @NotBlank @Size(max = 200) String title, @Size(max = 200) String provider,
                           @NotNull @Valid ApiMoney plannedCost, @NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** {@code objectives} and {@code activities}: the positions (from 0) of those the milestone evidences. */
    record MilestoneRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueDate,
                            @Size(max = 2000) String evidenceRequired,
                            @Size(max = 50) List<@NotNull Integer> objectives, @Size(max = 50) List<@NotNull Integer> activities) {
    }

    record AssessmentRequest(@NotNull AssessmentMethod method, @NotBlank @Size(max = 2000) String criteria) {
    }

    ContractTerms terms() {
        List<ContractTerms.Activity> activityTerms = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityRequest a = activities.get(i);
            activityTerms.add(new ContractTerms.Activity(a.type(), a.title(), a.provider(),
                    a.plannedCost().toMoney("activities[" + i + "].plannedCost"), a.start(), a.end()));
        }
        List<MilestoneRequest> milestoneRequests = milestones == null ? List.of() : milestones;
        List<ContractTerms.Milestone> milestoneTerms = new ArrayList<>();
        for (int i = 0; i < milestoneRequests.size(); i++) {
            milestoneTerms.add(new ContractTerms.Milestone("m" + (i + 1), milestoneRequests.get(i).title(),
                    milestoneRequests.get(i).dueDate(), milestoneRequests.get(i).evidenceRequired(),
                    milestoneRequests.get(i).objectives(), milestoneRequests.get(i).activities()));
        }
        return new ContractTerms(title, purpose,
                objectives.stream().map(o -> new ContractTerms.Objective(o.description(), o.competencyId(), o.targetLevel())).toList(),
                activityTerms, milestoneTerms, new ContractTerms.Assessment(assessment.method(), assessment.criteria()),
                checkInEveryDays, resources, repaymentClause == null ? null : repaymentClause.clause());
    }
}
