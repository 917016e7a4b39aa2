package io.pactum.contract.web;

import io.pactum.chassis.security.Caller;
import io.pactum.contract.application.ContractProgress;
import io.pactum.contract.application.ContractQueries;
import io.pactum.contract.domain.AssessmentOutcome;
import io.pactum.contract.domain.AuditEntry;
import io.pactum.events.contract.ObjectiveResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An active contract's progress over HTTP: milestones completed with evidence, check-ins, the assessment
 * that closes it, and the audit trail of every change.
 */
@RestController
@RequestMapping("/api/contracts/{id}")
class ProgressController {

    private final ContractProgress progress;
    private final ContractQueries queries;

    ProgressController(ContractProgress progress, ContractQueries queries) {
        this.progress = progress;
        this.queries = queries;
    }

    /** What shows the milestone is done; the link, when given, must be http(s). */
    record CompletionRequest(@NotBlank @Size(max = 4000) String evidence,
                             @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String link) {
    }

    record CheckInRequest(@NotNull @Min(1) @Max(5) Integer progress, @Size(max = 4000) String notes,
                          @Size(max = 20) List<@NotBlank @Size(max = 500) String> agreedActions) {
    }

    record AssessmentRequest(@NotNull AssessmentOutcome.Result outcome,
                             @Size(max = 50) List<@NotNull @Valid ResultRequest> objectiveResults,
                             @Size(max = 4000) String notes) {
    }

    record ResultRequest(@NotBlank @Size(max = 200) String competencyId, @NotNull @Min(1) @Max(5) Integer achievedLevel) {
    }

    @PostMapping("/milestones/{milestoneId}/complete")
    ContractView complete(@PathVariable String id, @PathVariable String milestoneId,
                          @Valid @RequestBody CompletionRequest request, Caller caller) {
        return ContractView.of(progress.completeMilestone(caller, id, milestoneId, request.evidence(), request.link()));
    }

    @PostMapping("/check-ins")
    ContractView checkIn(@PathVariable String id, @Valid @RequestBody CheckInRequest request, Caller caller) {
        return ContractView.of(progress.recordCheckIn(caller, id, request.progress(), request.notes(),
                request.agreedActions()));
    }

    @PostMapping("/assessment")
    ContractView assess(@PathVariable String id, @Valid @RequestBody AssessmentRequest request, Caller caller) {
        List<ObjectiveResult> results = request.objectiveResults() == null ? List.of() : request.objectiveResults()
                .stream().map(r -> new ObjectiveResult(r.competencyId(), r.achievedLevel())).toList();
        return ContractView.of(progress.assess(caller, id, request.outcome(), results, request.notes()));
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@PathVariable String id, Caller caller) {
        return queries.audit(caller, id);
    }
}
