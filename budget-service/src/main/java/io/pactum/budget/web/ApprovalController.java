package io.pactum.budget.web;

import io.pactum.budget.application.Approvals;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contracts waiting above the approval threshold, for the LD_ADMIN of their business unit. */
@RestController
@RequestMapping("/api/budget-approvals")
class ApprovalController {

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    record ApprovalView(String id, String status, String contractId, int revision, String employeeId, String businessUnit,
                        int fiscalYear, ApiMoney requested, ApiMoney available, Instant requestedAt) {

        static ApprovalView of(Approvals.Waiting w) {
            return new ApprovalView(w.approval().approvalId(), w.status(), w.approval().contractId(), w.approval().revision(),
                    w.employeeId(), w.businessUnit(), w.fiscalYear(), ApiMoney.of(w.requested()), ApiMoney.of(w.available()),
                    w.approval().requestedAt());
        }
    }

    record DeclineRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** Only waiting approvals are kept here; the outcome of a decided one is on the account's ledger and the contract. */
    @GetMapping
    List<ApprovalView> pending(@RequestParam(defaultValue = "PENDING") String status, Caller caller) {
        if (!"PENDING".equals(status)) {
            throw new InvalidFieldException("status", "only PENDING approvals are listed");
        }
        return approvals.pending(caller).stream().map(ApprovalView::of).toList();
    }

    @PostMapping("/{id}/approve")
    ApprovalView approve(@PathVariable String id, Caller caller) {
        return ApprovalView.of(approvals.approve(id, caller));
    }

    @PostMapping("/{id}/decline")
    ApprovalView decline(@PathVariable String id, @Valid @RequestBody DeclineRequest request, Caller caller) {
        return ApprovalView.of(approvals.decline(id, request.reason(), caller));
    }
}
