package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.PendingApproval;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.Money;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Signed contracts above their unit's approval threshold wait here for an LD_ADMIN of the unit: approving
 * reserves the cost (BudgetReserved, the contract becomes ACTIVE), declining answers
 * BudgetReservationDeclined with reason APPROVAL_DECLINED (the contract becomes FUNDING_DECLINED).
 * Others do not see an approval at all (404).
 */
@Service
public class Approvals {

    private final BudgetAccounts accounts;
    private final AccountChanges changes;
    private final Clock clock;
    private final FundingOutcomes outcomes;

    public Approvals(BudgetAccounts accounts, AccountChanges changes, Clock clock, FundingOutcomes outcomes) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /**
     * An approval as the L&D admin sees it.
     *
     * @param status PENDING; after a decision APPROVED (the cost is reserved) or DECLINED (by the admin, or because
     *               a restrictive budget could no longer cover it when approved)
     */
    public record Waiting(PendingApproval approval, String status, String employeeId, String businessUnit, int fiscalYear,
                          Money requested, Money available) {
    }

    /** What waits in the caller's units, oldest first; empty for anyone but an LD_ADMIN. */
    public List<Waiting> pending(Caller caller) {
        if (!caller.has(Role.LD_ADMIN)) {
            return List.of();
        }
        return accounts.withPendingApprovals(caller.businessUnits()).stream()
                .flatMap(account -> account.approvals().stream().map(a -> waiting(account, a, "PENDING")))
                .sorted(Comparator.comparing(w -> w.approval().requestedAt())).toList();
    }

    public Waiting approve(String approvalId, Caller caller) {
        BudgetAccount before = waitingFor(approvalId, caller);
        PendingApproval approval = before.approval(approvalId).orElseThrow();
        BudgetAccount after = changes.apply(() -> stored(approvalId), null,
                (account, policy) -> account.approve(approvalId, policy, caller.id(), clock.instant()));
        boolean reserved = after.reservationFor(approval.contractId())
                .filter(r -> r.revision() == approval.revision() && !r.closed()).isPresent();
        outcomes.count(reserved ? "reserved" : "declined");
        return waiting(after, approval, reserved ? "APPROVED" : "DECLINED");
    }

    public Waiting decline(String approvalId, String reason, Caller caller) {
        BudgetAccount before = waitingFor(approvalId, caller);
        PendingApproval approval = before.approval(approvalId).orElseThrow();
        BudgetAccount after = changes.apply(() -> stored(approvalId), null,
                (account, policy) -> account.declineApproval(approvalId, caller.id(), reason));
        outcomes.count("declined");
        return waiting(after, approval, "DECLINED");
    }

    private BudgetAccount waitingFor(String approvalId, Caller caller) {
        BudgetAccount account = stored(approvalId).account();
        if (!caller.actsFor(account.businessUnit(), Role.LD_ADMIN)) {
            throw notFound(approvalId);
        }
        return account;
    }

    private BudgetAccounts.Stored stored(String approvalId) {
        return accounts.findByApproval(approvalId).orElseThrow(() -> notFound(approvalId));
    }

    private static NotFoundException notFound(String approvalId) {
        return new NotFoundException("There is no pending approval " + approvalId + ".");
    }

    private static Waiting waiting(BudgetAccount account, PendingApproval approval, String status) {
        return new Waiting(approval, status, account.employeeId(), account.businessUnit(), account.fiscalYear(),
                new Money(approval.amountMinor(), account.currency()), new Money(account.available(), account.currency()));
    }
}
