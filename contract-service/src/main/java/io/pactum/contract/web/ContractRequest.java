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

/** The body of {@code POST /api/contracts} and {@code PUT /api/contracts/{id}}. */
record ContractRequest(
        @NotBlank String employeeId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String purpose,
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotEmpty List<@Valid ObjectiveRequest> objectives,
        @NotEmpty List<@Valid ActivityRequest> activities,
        List<@Valid MilestoneRequest> milestones,
        @NotNull @Valid AssessmentRequest assessment,
        @NotNull @Min(1) @Max(180) Integer checkInEveryDays) {

    record ObjectiveRequest(@NotBlank String description, @NotBlank String competencyId,
                            @NotNull @Min(1) @Max(5) Integer targetLevel) {
    }

    record ActivityRequest(@NotNull ActivityType type, @NotBlank String title, String provider,
                           @NotNull @Valid ApiMoney plannedCost, @NotNull LocalDate start, @NotNull LocalDate end) {
    }

    record MilestoneRequest(@NotBlank String title, @NotNull LocalDate dueDate) {
    }

    record AssessmentRequest(@NotNull AssessmentMethod method, @NotBlank String criteria) {
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
                    milestoneRequests.get(i).dueDate()));
        }
        return new ContractTerms(title, purpose,
                objectives.stream().map(o -> new ContractTerms.Objective(o.description(), o.competencyId(), o.targetLevel())).toList(),
                activityTerms, milestoneTerms, new ContractTerms.Assessment(assessment.method(), assessment.criteria()),
                checkInEveryDays);
    }
}
