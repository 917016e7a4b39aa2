package io.pactum.notification.domain;

import io.pactum.events.Money;
import io.pactum.events.PactumEvent;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetThresholdReached;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneMissed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who hears what, at once, when something happens. Events it does not know cause nothing. What goes to a unit's L&D
 * admins (funding news) also goes to the unit's webhook.
 */
public final class NoticeRules {

    private final People people;

    public NoticeRules(People people) {
        this.people = people;
    }

    public List<Notice> noticesFor(String eventId, PactumEvent event) {
        return switch (event) {
            case ContractProposed e -> List.of(new Notice(eventId, Category.SIGNATURE, "contract-proposed", e.employeeId(),
                    facts("contractId", e.contractId(), "revision", e.revision(), "by", nameOf(e.proposedBy())),
                    otherParty(e.employeeId(), managerOf(e.employeeId(), e.managerId()), e.proposedBy())));
            case ContractAmended e -> List.of(new Notice(eventId, Category.SIGNATURE, "contract-amended", e.employeeId(),
                    facts("contractId", e.contractId(), "revision", e.revision(), "by", nameOf(e.amendedBy())),
                    otherParty(e.employeeId(), managerOf(e.employeeId(), null), e.amendedBy())));
            case ContractSigned e -> List.of(new Notice(eventId, Category.CONTRACT, "contract-signed", e.employeeId(),
                    facts("contractId", e.contractId(), "revision", e.revision(), "at", e.signedAt()),
                    employeeAndManager(e.employeeId(), e.managerId())));
            case ContractActivated e -> List.of(new Notice(eventId, Category.CONTRACT, "contract-activated", e.employeeId(),
                    facts("contractId", e.contractId(), "at", e.activatedAt()),
                    employeeAndManager(e.employeeId(), null)));
            case ContractFundingDeclined e -> List.of(new Notice(eventId, Category.FUNDING, "funding-declined", e.employeeId(),
                    facts("contractId", e.contractId(), "reason", e.message() == null ? e.reason() : e.message()),
                    withLearningAdmins(employeeAndManager(e.employeeId(), null), e.businessUnit()), e.businessUnit()));
            case BudgetReservationPendingApproval e -> List.of(new Notice(eventId, Category.FUNDING, "funding-pending-approval",
                    e.employeeId(), facts("contractId", e.contractId(), "requested", amount(e.requested()),
                            "threshold", amount(e.threshold())),
                    withLearningAdmins(employeeAndManager(e.employeeId(), null), e.businessUnit()), e.businessUnit()));
            case CompetencyLevelChanged e when e.toLevel() > e.fromLevel() -> List.of(new Notice(eventId, Category.COMPETENCY,
                    "competency-level-reached", e.employeeId(),
                    facts("competency", e.competencyId(), "level", e.toLevel(), "employee", nameOf(e.employeeId())),
                    employeeAndManager(e.employeeId(), null)));
            case BudgetThresholdReached e -> List.of(new Notice(eventId, Category.BUDGET, "budget-threshold", e.employeeId(),
                    facts("percent", e.percent(), "fiscalYear", e.fiscalYear(), "employee", nameOf(e.employeeId())),
                    employeeAndManager(e.employeeId(), null)));
            case MilestoneMissed e -> List.of(new Notice(eventId, Category.MILESTONE, "milestone-missed", e.employeeId(),
                    facts("contractId", e.contractId(), "milestone", e.title(), "dueDate", e.dueDate(),
                            "employee", nameOf(e.employeeId())),
                    employeeAndManager(e.employeeId(), e.managerId())));
            case CheckInMissed e -> List.of(new Notice(eventId, Category.CHECK_IN, "check-in-missed", e.employeeId(),
                    facts("contractId", e.contractId(), "dueDate", e.dueDate(), "employee", nameOf(e.employeeId())),
                    employeeAndManager(e.employeeId(), e.managerId())));
            default -> List.of();
        };
    }

    /** The party who did not act: the manager when the employee proposed, the employee otherwise. */
    static List<String> otherParty(String employeeId, String managerId, String actor) {
        if (employeeId.equals(actor)) {
            return managerId == null ? List.of() : List.of(managerId);
        }
        return List.of(employeeId);
    }

    private List<String> employeeAndManager(String employeeId, String managerId) {
        List<String> recipients = new ArrayList<>(List.of(employeeId));
        String manager = managerOf(employeeId, managerId);
        if (manager != null) {
            recipients.add(manager);
        }
        return recipients;
    }

    private List<String> withLearningAdmins(List<String> recipients, String businessUnit) {
        List<String> all = new ArrayList<>(recipients);
        all.addAll(people.learningAdminsOf(businessUnit));
        return all;
    }

    private String managerOf(String employeeId, String fromEvent) {
        return fromEvent != null ? fromEvent : people.find(employeeId).map(Person::managerId).orElse(null);
    }

    private String nameOf(String id) {
        return Optional.ofNullable(id).flatMap(people::find).map(Person::name).orElse(id == null ? "" : id);
    }

    /** Money as a decimal with its currency's minor digits, e.g. {@code 1500.00 EUR}. */
    static String amount(Money money) {
        if (money == null) {
            return "";
        }
        int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        return BigDecimal.valueOf(money.amountMinor(), Math.max(digits, 0)).toPlainString() + " " + money.currency();
    }

    static Map<String, Object> facts(Object... keyValues) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                facts.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return facts;
    }
}
