package io.pactum.contract.web;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.contract.application.ContractTemplates;
import io.pactum.contract.domain.ContractTemplate;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.LearningContract;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contract templates: LD_ADMIN publishes for their unit, anyone signed in reads them and starts a draft from one. */
@RestController
@RequestMapping("/api/contract-templates")
class TemplateController {

    private final ContractTemplates templates;

    TemplateController(ContractTemplates templates) {
        this.templates = templates;
    }

    record TemplateRequest(@NotBlank @Size(max = 100) String businessUnit, @NotBlank @Size(max = 200) String title,
                           @Size(max = 4000) String description, @Size(max = 2000) String purpose,
                           @NotEmpty List<ContractRequest.@NotNull @Valid ObjectiveRequest> objectives,
                           @NotEmpty List<@NotNull @Valid ActivityRequest> activities,
                           List<@NotNull @Valid MilestoneRequest> milestones,
                           @NotNull ContractRequest.@Valid AssessmentRequest assessment,
                           @NotNull @Min(1) @Max(180) Integer checkInEveryDays,
                           @Size(max = 20) List<@NotBlank @Size(max = 500) String> resources,
                           ContractRequest.@Valid RepaymentRequest repaymentClause) {
    }

    /** An activity {@code startDay} days after the contract's start, lasting {@code durationDays}. */
    record ActivityRequest(@NotNull ContractTerms.ActivityType type, @NotBlank @Size(max = 200) String title,
                           @Size(max = 200) String provider, @NotNull @Valid ApiMoney plannedCost,
                           @NotNull @Min(0) @Max(3650) Integer startDay, @NotNull @Min(0) @Max(3650) Integer durationDays) {
    }

    record MilestoneRequest(@NotBlank @Size(max = 200) String title, @NotNull @Min(0) @Max(3650) Integer dueDay,
                            @Size(max = 2000) String evidenceRequired,
                            @Size(max = 50) List<@NotNull Integer> objectives, @Size(max = 50) List<@NotNull Integer> activities) {
    }

    /** Whose contract, for which fiscal year, and the day it starts (the template's days count from it). */
    record DraftRequest(@NotBlank String employeeId, @Min(2000) @Max(2100) Integer fiscalYear,
                        @NotNull LocalDate start) {
    }

    record TemplateView(String id, String businessUnit, String title, String description, String purpose,
                        List<ContractTerms.Objective> objectives, List<ActivityView> activities,
                        List<ContractTemplate.Milestone> milestones, ContractTerms.Assessment assessment,
                        int checkInEveryDays, List<String> resources, ContractTerms.RepaymentClause repaymentClause,
                        String publishedBy, Instant publishedAt) {

        record ActivityView(ContractTerms.ActivityType type, String title, String provider, ApiMoney plannedCost,
                            int startDay, int durationDays) {
        }

        static TemplateView of(ContractTemplate t) {
            return new TemplateView(t.id(), t.businessUnit(), t.title(), t.description(), t.purpose(), t.objectives(),
                    t.activities().stream().map(a -> new ActivityView(a.type(), a.title(), a.provider(),
                            ApiMoney.of(a.plannedCost()), a.startDay(), a.durationDays())).toList(),
                    t.milestones(), t.assessment(), t.checkInEveryDays(), t.resources(), t.repaymentClause(),
                    t.publishedBy(), t.publishedAt());
        }
    }

    @PostMapping
    ResponseEntity<TemplateView> publish(@Valid @RequestBody TemplateRequest r, Caller caller) {
        List<ContractTemplate.Activity> activities = new ArrayList<>();
        for (int i = 0; i < r.activities().size(); i++) {
            ActivityRequest a = r.activities().get(i);
            activities.add(new ContractTemplate.Activity(a.type(), a.title(), a.provider(),
                    a.plannedCost().toMoney("activities[" + i + "].plannedCost"), a.startDay(), a.durationDays()));
        }
        ContractTemplate template = templates.publish(caller, r.businessUnit(), r.title(), r.description(), r.purpose(),
                r.objectives().stream().map(o -> new ContractTerms.Objective(o.description(), o.competencyId(), o.targetLevel())).toList(),
                activities,
                r.milestones() == null ? List.of() : r.milestones().stream()
                        .map(m -> new ContractTemplate.Milestone(m.title(), m.dueDay(), m.evidenceRequired(),
                                m.objectives(), m.activities())).toList(),
                new ContractTerms.Assessment(r.assessment().method(), r.assessment().criteria()), r.checkInEveryDays(),
                r.resources(), r.repaymentClause() == null ? null : r.repaymentClause().clause());
        return ResponseEntity.created(URI.create("/api/contract-templates/" + template.id())).body(TemplateView.of(template));
    }

    @GetMapping
    List<TemplateView> list(@RequestParam(required = false) String businessUnit) {
        return templates.list(businessUnit).stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{id}")
    TemplateView get(@PathVariable String id) {
        return TemplateView.of(templates.get(id));
    }

    @PostMapping("/{id}/drafts")
    ResponseEntity<ContractView> startDraft(@PathVariable String id, @Valid @RequestBody DraftRequest r, Caller caller) {
        LearningContract contract = templates.startDraft(caller, id, r.employeeId(), r.fiscalYear(), r.start());
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.id())).body(ContractView.of(contract));
    }
}
