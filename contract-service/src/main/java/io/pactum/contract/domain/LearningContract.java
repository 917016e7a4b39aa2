package io.pactum.contract.domain;

import io.pactum.events.Money;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    /** No money is reserved or about to be in these; cancelling a funded contract comes with releasing it. */
    /** Every status before the end: budget-service releases what a cancelled contract holds (or would have held). */
    private static final Set<ContractStatus> CANCELLABLE = EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED,
            ContractStatus.SIGNED, ContractStatus.FUNDING_PENDING_APPROVAL, ContractStatus.FUNDING_DECLINED,
            ContractStatus.ACTIVE);

    private final String id;
    private final String employeeId;
    private final String managerId;
    private final String businessUnit;
    private final int fiscalYear;
    private ContractStatus status;
    private final List<Revision> revisions;
    private FundingDecision fundingDecision;
    private Cancellation cancellation;

    private LearningContract(String id, String employeeId, String managerId, String businessUnit, int fiscalYear,
                             ContractStatus status, List<Revision> revisions, FundingDecision fundingDecision,
                             Cancellation cancellation) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one revision");
        }
        this.id = id;
        this.employeeId = employeeId;
        this.managerId = managerId;
        this.businessUnit = businessUnit;
        this.fiscalYear = fiscalYear;
        this.status = status;
        this.revisions = new ArrayList<>(revisions);
        this.fundingDecision = fundingDecision;
        this.cancellation = cancellation;
    }

    /** A new draft, revision 1, between the employee and the manager the directory names. */
    public static LearningContract draft(String id, String employeeId, String managerId, String businessUnit,
                                         int fiscalYear, ContractTerms terms, String createdBy, Instant now) {
        requireValid(terms);
        return new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear, ContractStatus.DRAFT,
                List.of(new Revision(1, terms, createdBy, now, List.of(), List.of())), null, null);
    }

    /** Rebuilds a stored contract. */
    public static LearningContract restore(String id, String employeeId, String managerId, String businessUnit,
                                           int fiscalYear, ContractStatus status, List<Revision> revisions,
                                           FundingDecision fundingDecision, Cancellation cancellation) {
        return new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear, status, revisions,
                fundingDecision, cancellation);
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
        if (current().signatureOf(employeeId).isPresent() && current().signatureOf(managerId).isPresent()) {
            status = ContractStatus.SIGNED;
            events.add(new ContractSigned(id, employeeId, managerId, revision(), terms().totalPlannedCost(),
                    fiscalYear, businessUnit, now));
        }
        return events;
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
        return List.of(new ContractCancelled(id, employeeId, reason, by, businessUnit, fiscalYear, now));
    }

    /** budget-service reserved the cost of a revision; only the current signed revision activates. */
    public List<ContractEvent> fundingReserved(int reservedRevision, Money amount, Money available, Instant now) {
        if (!awaitsFundingOf(reservedRevision)) {
            return List.of();
        }
        status = ContractStatus.ACTIVE;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.RESERVED, reservedRevision, null, null,
                available, amount, null, null);
        return List.of(new ContractActivated(id, employeeId, reservedRevision, businessUnit, fiscalYear, now));
    }

    /** budget-service refused; the parties may amend and sign again. */
    public List<ContractEvent> fundingDeclined(int declinedRevision, String reason, String message,
                                               Money available, Money requested) {
        if (!awaitsFundingOf(declinedRevision)) {
            return List.of();
        }
        status = ContractStatus.FUNDING_DECLINED;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.DECLINED, declinedRevision, reason, message,
                available, requested, null, null);
        return List.of(new ContractFundingDeclined(id, employeeId, declinedRevision, businessUnit, fiscalYear,
                reason, message));
    }

    /**
     * The cost is above the approval threshold: an L&D admin decides, and budget-service then answers
     * reserved or declined. The catalogue has no contract event for this step.
     */
    public List<ContractEvent> fundingPendingApproval(int pendingRevision, String approvalId, Money requested,
                                                      Money threshold) {
        if (!(status == ContractStatus.SIGNED && pendingRevision == revision())) {
            return List.of();
        }
        status = ContractStatus.FUNDING_PENDING_APPROVAL;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.PENDING_APPROVAL, pendingRevision, null, null,
                null, requested, threshold, approvalId);
        return List.of();
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
}
