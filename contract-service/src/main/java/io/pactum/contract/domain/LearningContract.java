package io.pactum.contract.domain;

import io.pactum.events.Money;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learning contract between an employee and their manager. Both parties sign the same revision; any
 * change after proposal is an amendment that makes a new revision and clears both signatures. Each
 * method returns the events its change causes, to be stored in the same write as the new state.
 */
public final class LearningContract {

    private static final Set<ContractStatus> AMENDABLE =
            EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED, ContractStatus.FUNDING_DECLINED);

    private final String id;
    private final String employeeId;
    private final String managerId;
    private final String businessUnit;
    private final int fiscalYear;
    private ContractStatus status;
    private int revision;
    private ContractTerms terms;
    private final List<Revision> history;
    private final Map<String, Signature> signatures;
    private FundingDecision fundingDecision;

    private LearningContract(String id, String employeeId, String managerId, String businessUnit, int fiscalYear,
                             ContractStatus status, int revision, ContractTerms terms, List<Revision> history,
                             Map<String, Signature> signatures, FundingDecision fundingDecision) {
        this.id = id;
        this.employeeId = employeeId;
        this.managerId = managerId;
        this.businessUnit = businessUnit;
        this.fiscalYear = fiscalYear;
        this.status = status;
        this.revision = revision;
        this.terms = terms;
        this.history = new ArrayList<>(history);
        this.signatures = new LinkedHashMap<>(signatures);
        this.fundingDecision = fundingDecision;
    }

    /** A new draft, revision 1. */
    public static LearningContract draft(String id, String employeeId, String managerId, String businessUnit,
                                         int fiscalYear, ContractTerms terms, String createdBy, Instant now) {
        requireValid(terms);
        return new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear, ContractStatus.DRAFT, 1,
                terms, List.of(new Revision(1, terms, createdBy, now, List.of())), Map.of(), null);
    }

    /** Rebuilds a stored contract. */
    public static LearningContract restore(String id, String employeeId, String managerId, String businessUnit,
                                           int fiscalYear, ContractStatus status, int revision, ContractTerms terms,
                                           List<Revision> history, Map<String, Signature> signatures,
                                           FundingDecision fundingDecision) {
        return new LearningContract(id, employeeId, managerId, businessUnit, fiscalYear, status, revision, terms,
                history, signatures, fundingDecision);
    }

    public boolean isParty(String who) {
        return employeeId.equals(who) || managerId.equals(who);
    }

    /** Puts the draft in front of the other party for signature. */
    public List<ContractEvent> propose(String by, Instant now) {
        requireParty(by);
        if (status != ContractStatus.DRAFT) {
            throw new ContractRuleException("only a draft can be proposed; this contract is " + status);
        }
        status = ContractStatus.PROPOSED;
        return List.of(new ContractProposed(id, employeeId, managerId, revision, by, businessUnit, fiscalYear,
                terms.totalPlannedCost()));
    }

    /** A new revision with new terms; the old one is kept, both signatures are cleared. */
    public List<ContractEvent> amend(ContractTerms newTerms, String by, Instant now) {
        requireParty(by);
        if (!AMENDABLE.contains(status)) {
            throw new ContractRuleException("a contract that is " + status + " cannot be amended");
        }
        requireValid(newTerms);
        List<String> changed = newTerms.changedFrom(terms);
        revision++;
        terms = newTerms;
        history.add(new Revision(revision, newTerms, by, now, changed));
        signatures.clear();
        if (status == ContractStatus.FUNDING_DECLINED) {
            status = ContractStatus.PROPOSED;
        }
        if (status == ContractStatus.DRAFT) {
            return List.of();
        }
        return List.of(new ContractAmended(id, employeeId, revision, by, changed, businessUnit, fiscalYear,
                terms.totalPlannedCost()));
    }

    /**
     * A party signs the named revision. When both have signed the same revision the contract is SIGNED
     * and {@link ContractSigned} asks budget-service to reserve the cost. Signing twice is harmless.
     */
    public List<ContractEvent> sign(String by, int signedRevision, Instant now) {
        requireParty(by);
        if (status != ContractStatus.PROPOSED) {
            throw new ContractRuleException(status == ContractStatus.DRAFT
                    ? "propose the contract before signing it"
                    : "a contract that is " + status + " cannot be signed");
        }
        if (signedRevision != revision) {
            throw new ContractRuleException("revision " + signedRevision + " is not the current revision "
                    + revision + "; read the contract again and sign what is current");
        }
        signatures.putIfAbsent(by, new Signature(by, revision, now));
        if (!(signatures.containsKey(employeeId) && signatures.containsKey(managerId))) {
            return List.of();
        }
        status = ContractStatus.SIGNED;
        return List.of(new ContractSigned(id, employeeId, managerId, revision, terms.totalPlannedCost(), fiscalYear,
                businessUnit, now));
    }

    /** budget-service reserved the cost of a revision; only the current signed revision activates. */
    public List<ContractEvent> fundingReserved(int reservedRevision, Instant now) {
        if (!awaitsFundingOf(reservedRevision)) {
            return List.of();
        }
        status = ContractStatus.ACTIVE;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.RESERVED, reservedRevision, null, null, null, null);
        return List.of(new ContractActivated(id, employeeId, revision, businessUnit, fiscalYear, now));
    }

    /** budget-service refused; the parties may amend and sign again. */
    public List<ContractEvent> fundingDeclined(int declinedRevision, String reason, String message,
                                               Money available, Money requested) {
        if (!awaitsFundingOf(declinedRevision)) {
            return List.of();
        }
        status = ContractStatus.FUNDING_DECLINED;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.DECLINED, declinedRevision, reason, message,
                available, requested);
        return List.of(new ContractFundingDeclined(id, employeeId, declinedRevision, businessUnit, fiscalYear,
                reason, message));
    }

    /** The cost is above the approval threshold: an L&D admin decides. */
    public List<ContractEvent> fundingPendingApproval(int pendingRevision, Money requested) {
        if (!(status == ContractStatus.SIGNED && pendingRevision == revision)) {
            return List.of();
        }
        status = ContractStatus.FUNDING_PENDING_APPROVAL;
        fundingDecision = new FundingDecision(FundingDecision.Outcome.PENDING_APPROVAL, pendingRevision,
                "APPROVAL_REQUIRED", "The cost is above the approval threshold; an L&D admin decides.", null, requested);
        return List.of();
    }

    private boolean awaitsFundingOf(int fundedRevision) {
        return fundedRevision == revision
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

    public String id() { return id; }
    public String employeeId() { return employeeId; }
    public String managerId() { return managerId; }
    public String businessUnit() { return businessUnit; }
    public int fiscalYear() { return fiscalYear; }
    public ContractStatus status() { return status; }
    public int revision() { return revision; }
    public ContractTerms terms() { return terms; }
    public List<Revision> history() { return List.copyOf(history); }
    public Map<String, Signature> signatures() { return Map.copyOf(signatures); }
    public FundingDecision fundingDecision() { return fundingDecision; }
}
