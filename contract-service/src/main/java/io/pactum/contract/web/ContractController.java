package io.pactum.contract.web;

import io.pactum.chassis.security.Caller;
import io.pactum.contract.application.ContractCommands;
import io.pactum.contract.application.ContractQueries;
import io.pactum.contract.application.ContractRepository;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning contracts over HTTP. Who may do what is decided below the web layer: object-level visibility
 * (404), the parties' rules (403), the contract's state (409).
 */
@RestController
@RequestMapping("/api/contracts")
@Validated
class ContractController {

    private final ContractCommands commands;
    private final ContractQueries queries;

    ContractController(ContractCommands commands, ContractQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record SignRequest(@NotNull @Min(1) Integer revision) {
    }

    record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record PageView(List<ContractView> items, int page, int size, long total) {
    }

    @PostMapping
    ResponseEntity<ContractView> create(@Valid @RequestBody ContractRequest request, Caller caller) {
        LearningContract contract = commands.draft(caller, request.employeeId(), request.fiscalYear(), request.terms());
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.id())).body(ContractView.of(contract));
    }

    @GetMapping("/{id}")
    ContractView get(@PathVariable String id, Caller caller) {
        return ContractView.of(queries.get(caller, id));
    }

    @GetMapping
    PageView list(@RequestParam(required = false) ContractRepository.Scope scope,
                  @RequestParam(required = false) String employeeId, @RequestParam(required = false) ContractStatus status,
                  @RequestParam(required = false) String businessUnit,
                  @RequestParam(required = false) @Min(2000) @Max(2100) Integer fiscalYear,
                  @RequestParam(required = false) @Min(0) @Max(366) Integer dueWithinDays,
                  @RequestParam(defaultValue = "false") boolean atRisk,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Caller caller) {
        ContractRepository.Page found = queries.list(caller, scope, employeeId, status, businessUnit, fiscalYear,
                dueWithinDays, atRisk, page, size);
        return new PageView(found.items().stream().map(ContractView::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}/revisions")
    List<ContractView.RevisionView> revisions(@PathVariable String id, Caller caller) {
        return queries.get(caller, id).revisions().stream().map(ContractView.RevisionView::of).toList();
    }

    @PutMapping("/{id}")
    ContractView amend(@PathVariable String id, @Valid @RequestBody ContractRequest request, Caller caller) {
        return ContractView.of(commands.amend(caller, id, request.employeeId(), request.fiscalYear(), request.terms()));
    }

    @PostMapping("/{id}/propose")
    ContractView propose(@PathVariable String id, Caller caller) {
        return ContractView.of(commands.propose(caller, id));
    }

    @PostMapping("/{id}/sign")
    ContractView sign(@PathVariable String id, @Valid @RequestBody SignRequest request, Caller caller) {
        return ContractView.of(commands.sign(caller, id, request.revision()));
    }

    @PostMapping("/{id}/cancel")
    ContractView cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request, Caller caller) {
        return ContractView.of(commands.cancel(caller, id, request.reason()));
    }
}
